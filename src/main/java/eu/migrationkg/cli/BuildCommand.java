package eu.migrationkg.cli;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetVersion;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.graph.IriRegister;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.queries.QueryRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Assemble the graph from ontology/ and data/, write it to target/kg/ as N-Quads "
                + "(named graphs) and Turtle (their union), and as a release in target/releases/ID/ (TDB2 store, "
                + "text index, dumps, VoID/DCAT, manifest.json) that kg serve opens. The same inputs give the same "
                + "release id and byte-identical files.",
                "Exits 1 when a file had to be left out (each is named with its line), and writes nothing when "
                        + "the graph violates a shape of ontology/shapes.ttl (each violation is named)."})
final class BuildCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Mixin NamespaceOption namespace;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: target/kg).")
    Path output;

    private static long triples(AssembledDataset assembled) {
        return org.apache.jena.system.Txn.calculateRead(assembled.dataset(), assembled::tripleCount);
    }

    @Override
    public Integer call() throws Exception {
        var out = project.out();
        var err = project.err();
        long t0 = System.nanoTime();
        AssembledDataset assembled;
        try {
            assembled = project.stagedConforming(namespace.base(), err, "build");
        } catch (ReloadableStore.Refused e) {
            return 1;
        }
        Release release;
        try {
            Path folder = output != null ? output : project.layout().buildDir();
            // The dumps, counts and description, made once for the output folder and the release.
            Publication publication = Publication.of(assembled);
            List<Path> files = new DumpWriter().write(publication, folder);
            out.printf("%d triples from %d sources%n", triples(assembled), assembled.documents().size());
            for (Path f : files) {
                out.println("wrote " + project.layout().display(f));
            }
            // The register of published IRIs follows the data, so a removed IRI is remembered (410) and never reused.
            Path registerFile = project.layout().registerFile();
            IriRegister before = IriRegister.read(registerFile);
            IriRegister after = before.after(IriRegister.published(assembled), DatasetVersion.ofData(project.layout()),
                    IriRegister.dateOf(assembled));
            if (!after.equals(before)) after.write(registerFile);
            long gone = after.entries().values().stream().filter(IriRegister.Entry::gone).count();
            out.printf("%s: %d IRIs published, %d gone%n", project.layout().display(registerFile),
                    after.entries().size() - gone, gone);
            release = project.writeRelease(assembled, publication, t0, err, "build");
        } finally {
            assembled.dataset().close();
        }
        out.println("release " + release.id() + " in " + project.layout().display(release.folder()));
        // The saved queries are checked too, so a broken one is found before a server would leave it out.
        QueryRegistry queries = project.queries(assembled.iris().base(), project.err());
        out.printf("%d saved queries%n", queries.all().size());
        return assembled.problems().isEmpty() && queries.problems().isEmpty() ? 0 : 1;
    }
}
