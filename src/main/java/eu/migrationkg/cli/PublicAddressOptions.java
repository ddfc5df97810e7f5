package eu.migrationkg.cli;

import eu.migrationkg.vocab.Iris;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --namespace} and {@code --base} of the commands that serve ({@code serve}, {@code cluster}): the IRIs
 * are under the namespace wherever the server runs; the public address only says where the endpoint and
 * dumps are. (Here {@code --base} is the address, so it is not an older name of {@code --namespace}.)
 */
final class PublicAddressOptions {

    @Option(names = "--base", paramLabel = "URL",
            description = "The public address the server is reached at, e.g. behind a proxy (default: the address each "
                    + "request was sent to). It names where the endpoint and dumps are, never the IRIs.")
    String base;

    @Option(names = "--namespace", paramLabel = "IRI", defaultValue = Iris.DEFAULT_NAMESPACE,
            description = "Namespace of every IRI of the graph, the same wherever the server runs (default: ${DEFAULT-VALUE}). "
                    + "The server answers each IRI of it at its path here.")
    String namespace = Iris.DEFAULT_NAMESPACE;

    /** The namespace, normalised. */
    String namespace() {
        return Iris.normaliseBase(namespace);
    }

    /** The public address, normalised, when one is given. */
    Optional<String> address() {
        return Optional.ofNullable(base).map(Iris::normaliseBase);
    }

    /** No public address and the default namespace: what {@code kg bench cluster} serves. */
    static PublicAddressOptions defaults() {
        return new PublicAddressOptions();
    }
}
