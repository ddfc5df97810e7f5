package eu.migrationkg.cli;

import eu.migrationkg.extract.resolve.Explanation;
import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.graph.AssembledDataset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain an extracted resource: every passage that names it, how each mention was found, "
                + "and the entity-resolution rule that joined it to the others.",
                "Exits 1 when no document mentions the resource."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Mixin NamespaceOption namespace;

    @Parameters(paramLabel = "IRI", description = "The resource, as a full IRI or relative to the base "
            + "(id/{kind}/{slug}).")
    String resource;

    @Override
    public Integer call() {
        var out = project.out();
        var err = project.err();
        String b = namespace.base();
        AssembledDataset assembled = project.assemble(b, err);
        String iri = resource.replaceAll("^<|>$", "");
        if (!iri.startsWith("http://") && !iri.startsWith("https://")) iri = b + iri.replaceFirst("^/+", "");
        Optional<Resolution.Group> group = assembled.resolution().group(iri);
        if (group.isEmpty()) {
            err.println("kg explain: no document mentions <" + iri + ">; give the IRI of a resource in target/kg/dataset.ttl");
            return 1;
        }
        new Explanation(assembled.resolution(), f -> project.layout().display(f)).lines(group.get()).forEach(out::println);
        return 0;
    }
}
