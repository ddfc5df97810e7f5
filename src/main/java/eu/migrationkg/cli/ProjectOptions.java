package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.BuildProblem;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.ShapeReport;
import eu.migrationkg.graph.ShapeResult;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.graph.ShapeValidation;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that reads the repository shares. */
final class ProjectOptions {

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "The repository to read (default: the folder of ./kg, or the current folder).")
    Path projectDir;

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
        AssembledDataset assembled = assemble(base, err);
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
