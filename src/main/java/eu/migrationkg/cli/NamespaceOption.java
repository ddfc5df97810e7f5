package eu.migrationkg.cli;

import eu.migrationkg.vocab.Iris;
import picocli.CommandLine.Option;

/** {@code --namespace} (older name {@code --base}) of the commands that read the repository without serving it. */
final class NamespaceOption {

    @Option(names = {"--namespace", "--base"}, paramLabel = "IRI", defaultValue = Iris.DEFAULT_NAMESPACE,
            description = "Namespace of the graph's IRIs, the same locally and on every server (default: ${DEFAULT-VALUE}); "
                    + "--base is its older name.")
    String namespace;

    /** The namespace, normalised as every IRI of the graph is minted under it. */
    String base() {
        return Iris.normaliseBase(namespace);
    }
}
