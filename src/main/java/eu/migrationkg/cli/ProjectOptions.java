package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.BuildProblem;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.ShapeReport;
import eu.migrationkg.graph.ShapeResult;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.graph.ShapeValidation;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.graph.ReleaseBuilder;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.graph.Releases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that reads the repository shares. */
final class ProjectOptions {

    /** The command this is mixed into, for its output streams (which tests replace). */
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The repository to read (default: the folder of ./kg, or the current folder).")
    Path projectDir;

    /** The command's standard output. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's error output: every problem, one line each. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /**
     * The command as it was typed, for a report to say how it was made ({@code ./kg bench cluster --seconds 5}):
     * the command's names, then the arguments after them.
     */
    String asTyped() {
        List<String> names = List.of(command.qualifiedName(" ").split(" "));
        List<String> path = names.subList(1, names.size());
        List<String> args = new ArrayList<>(command.commandLine().getParseResult().originalArgs());
        if (args.size() >= path.size() && args.subList(0, path.size()).equals(path)) args.subList(0, path.size()).clear();
        return "./kg " + String.join(" ", path) + " " + String.join(" ", args);
    }

    ProjectLayout layout() {
        if (projectDir != null) return ProjectLayout.discover(projectDir);
        String home = System.getenv("KG_HOME");
        return ProjectLayout.discover(home != null && !home.isBlank() ? Path.of(home) : Path.of(""));
    }

    /** Reads the saved queries and reports on stderr the files that had to be left out. */
    QueryRegistry queries(String base, PrintWriter err) {
        QueryRegistry registry = QueryRegistry.load(layout(), base);
        for (BuildProblem p : registry.problems()) {
            err.println("kg: " + p);
        }
        err.flush();
        return registry;
    }

    /** Assembles the dataset and reports on stderr what had to be left out. */
    AssembledDataset assemble(String base, PrintWriter err) {
        ProjectLayout layout = layout();
        AssembledDataset assembled = new DatasetAssembler(layout, new Iris(base),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
        for (BuildProblem p : assembled.problems()) {
            err.println("kg: " + p);
        }
        err.flush();
        return assembled;
    }

    /** Checks the assembled graph against {@code ontology/shapes.ttl}. */
    ShapeReport check(AssembledDataset assembled) {
        return new ShapeValidation(layout()).check(assembled);
    }

    /**
     * The SHACL gate of the commands that publish the graph: assembles it and returns it only when it
     * conforms to the shapes; otherwise every violation is printed on stderr, naming the file, the
     * node, the property and the shape, and the result is empty.
     */
    Optional<AssembledDataset> assembleConforming(String base, PrintWriter err, String command) {
        try {
            return Optional.of(assembleOrRefuse(base, err, command));
        } catch (ReloadableStore.Refused e) {
            return Optional.empty();
        }
    }

    /**
     * As {@link #assembleConforming}, for a store loader: a dataset that does not conform is refused
     * with the violations as problems, so that a reload keeps the graph already served.
     */
    AssembledDataset assembleOrRefuse(String base, PrintWriter err, String command) {
        return refuseUnlessConforming(assemble(base, err), err, command);
    }

    /**
     * The release of the repository's current inputs with IRIs under {@code base}: the one already in
     * {@code target/releases/} if there is one (nothing is read or extracted), else a new one, built
     * through the same SHACL gate as {@link #assembleOrRefuse} (a refused build writes nothing).
     * A long build says on stderr which document it is at.
     */
    Release release(String base, PrintWriter err, String command) {
        ProjectLayout layout = layout();
        Releases releases = new Releases(layout.releasesDir());
        ReleaseId id = ReleaseId.of(layout);
        Optional<Release> existing = releases.find(id, base);
        if (existing.isPresent()) return existing.get();
        long t0 = System.nanoTime();
        AssembledDataset staged = stagedConforming(base, err, command);
        try {
            return writeRelease(staged, Publication.of(staged), t0, err, command);
        } finally {
            staged.dataset().close();
        }
    }

    /**
     * The named graphs of the repository's current inputs ({@link DatasetAssembler#assembleNamedGraphs()}),
     * through the SHACL gate; a long build names each document on stderr as it reaches it.
     */
    AssembledDataset stagedConforming(String base, PrintWriter err, String command) {
        ProjectLayout layout = layout();
        long files = countSources(layout);
        err.printf(Locale.ROOT, "kg %s: building release %s from %d documents%n", command, ReleaseId.of(layout), files);
        err.flush();
        AtomicInteger seen = new AtomicInteger();
        AssembledDataset staged = new DatasetAssembler(layout, new Iris(base), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                .onDocument(doc -> {
                    int n = seen.incrementAndGet();
                    if (files >= PROGRESS_FROM) {
                        err.printf(Locale.ROOT, "kg %s: extracting %d/%d %s%n", command, n, files, doc.name());
                        err.flush();
                    }
                })
                .assembleNamedGraphs();
        for (BuildProblem p : staged.problems()) err.println("kg: " + p);
        return refuseUnlessConforming(staged, err, command);
    }

    /**
     * Writes {@code staged} as a release in {@code target/releases/} (or finds it there, already written), with
     * the dumps, counts and description the caller made once for it.
     */
    Release writeRelease(AssembledDataset staged, Publication publication, long t0, PrintWriter err, String command) {
        ProjectLayout layout = layout();
        Releases releases = new Releases(layout.releasesDir());
        try {
            Release release = new ReleaseBuilder(releases, step -> {
                err.println("kg " + command + ": writing " + step);
                err.flush();
            }).write(staged, publication, layout, t0);
            err.printf(Locale.ROOT, "kg %s: release %s built in %.1f s%n", command, release.name(),
                    (System.nanoTime() - t0) / 1e9);
            err.flush();
            return release;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the release into " + layout.display(releases.dir()) + ": "
                    + e.getMessage(), e);
        }
    }

    /** From this many documents on, a build names each document as it reaches it. */
    private static final int PROGRESS_FROM = 20;

    private static long countSources(ProjectLayout layout) {
        if (!Files.isDirectory(layout.sourcesDir())) return 0;
        try (var s = Files.list(layout.sourcesDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private AssembledDataset refuseUnlessConforming(AssembledDataset assembled, PrintWriter err, String command) {
        ShapeReport report = check(assembled);
        for (ShapeResult r : report.results()) {
            err.println("kg " + command + ": " + r.describe());
        }
        err.flush();
        if (report.conforms()) return assembled;
        err.println("kg " + command + ": refused: " + report.summary(shapesFile()) + "; fix the data or run ./kg validate");
        err.flush();
        assembled.dataset().close();
        throw new ReloadableStore.Refused(report.violations().stream()
                .map(r -> new BuildProblem(r.files(), 0, r.describe())).toList());
    }

    String shapesFile() {
        ProjectLayout layout = layout();
        return layout.display(layout.shapesFile());
    }
}
