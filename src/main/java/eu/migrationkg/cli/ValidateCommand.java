package eu.migrationkg.cli;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.ShapeReport;
import eu.migrationkg.graph.ShapeResult;
import eu.migrationkg.vocab.Iris;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the graph assembled from ontology/ and data/ (with its inferred triples) against the "
                + "SHACL shapes of ontology/shapes.ttl.",
                "Prints one line per result: the file the triples come from, the focus node, the property, "
                        + "the message and the shape. Exits 1 on a violation or on a file that could not be read; "
                        + "warnings alone exit 0."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base the repository's relative IRIs resolve against (default: ${DEFAULT-VALUE}).")
    String base;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        AssembledDataset assembled = project.assemble(Iris.normaliseBase(base), spec.commandLine().getErr());
        ShapeReport report = project.check(assembled);
        for (ShapeResult r : report.results()) {
            out.println(r.describe());
        }
        out.println(report.summary(project.shapesFile()));
        out.flush();
        return report.conforms() && assembled.problems().isEmpty() ? 0 : 1;
    }
}
