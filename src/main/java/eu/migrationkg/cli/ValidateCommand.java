package eu.migrationkg.cli;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.ShapeReport;
import eu.migrationkg.graph.ShapeResult;
import eu.migrationkg.graph.NodeText;
import eu.migrationkg.graph.ValidationGraph;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the graph assembled from ontology/ and data/ (with its inferred triples) against the "
                + "SHACL shapes of ontology/shapes.ttl.",
                "Prints one line per result: the file the triples come from, the focus node, the property, "
                        + "the message and the shape. Exits 1 on a violation or on a file that could not be read; "
                        + "warnings alone exit 0."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Mixin NamespaceOption namespace;

    @Override
    public Integer call() {
        var out = project.out();
        AssembledDataset assembled = project.assemble(namespace.base(), project.err());
        ShapeReport report = project.check(assembled);
        for (ShapeResult r : report.results()) {
            out.println(r.describe());
        }
        // What the assembly held back (extracted statements breaking a shape) and where sources disagree.
        List<ValidationGraph.Entry> entries = ValidationGraph.read(assembled.dataset(), assembled.iris(),
                eu.migrationkg.graph.GraphOrigins.of(project.layout(), assembled)::locate);
        NodeText text = new NodeText(assembled.prefixes(), assembled.iris().base());
        for (ValidationGraph.Entry e : entries) {
            if (e.kind() == ValidationGraph.Kind.HELD || e.kind() == ValidationGraph.Kind.CONFLICT) {
                out.println(ValidationGraph.describe(e, assembled.iris(), text));
            }
        }
        long held = ValidationGraph.heldCount(entries);
        long conflicts = entries.stream().filter(e -> e.kind() == ValidationGraph.Kind.CONFLICT).count();
        out.println(report.summary(project.shapesFile()));
        if (held > 0 || conflicts > 0) {
            out.println(held + " extracted statement" + (held == 1 ? "" : "s") + " held back from publication, "
                    + conflicts + " disagreement" + (conflicts == 1 ? "" : "s") + " between sources (kept)");
        }
        registerCheck(assembled, out);
        out.flush();
        return report.conforms() && held == 0 && assembled.problems().isEmpty() ? 0 : 1;
    }

    /**
     * Whether the register of published IRIs is up to date with the data: a new IRI it lacks, or one it
     * holds as published that the data no longer describe, is named so the next build records it.
     */
    private void registerCheck(AssembledDataset assembled, java.io.PrintWriter out) {
        var layout = project.layout();
        eu.migrationkg.graph.IriRegister register;
        try {
            register = eu.migrationkg.graph.IriRegister.read(layout.registerFile());
        } catch (java.io.IOException e) {
            out.println("register: " + e.getMessage());
            return;
        }
        var published = eu.migrationkg.graph.IriRegister.published(assembled);
        long unregistered = published.keySet().stream().filter(p -> register.entry(p).isEmpty()).count();
        long vanished = register.entries().values().stream().filter(e -> !e.gone() && !published.containsKey(e.path())).count();
        out.println(unregistered == 0 && vanished == 0
                ? layout.display(layout.registerFile()) + ": up to date (" + published.size() + " IRIs published)"
                : layout.display(layout.registerFile()) + ": " + unregistered + " new IRIs and " + vanished
                        + " no longer described are not yet recorded; ./kg build records them");
    }
}
