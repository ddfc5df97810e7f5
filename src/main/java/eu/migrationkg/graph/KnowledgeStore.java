package eu.migrationkg.graph;

import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where the served graph lives. The server and the commands see only this interface, so the
 * in-memory default can give way to a persistent or replicated store without touching them.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** The dataset to serve: named graphs plus their union as the default graph. */
    DatasetGraph dataset();

    /** The assembly the dataset came from (prefixes, documents, problems). */
    AssembledDataset assembled();

    /** The release served: what every response names in {@code X-KG-Release}. */
    default ReleaseId release() {
        return assembled().release();
    }

    /** How many triples the default graph (the union) holds. */
    default long tripleCount() {
        return org.apache.jena.system.Txn.calculateRead(dataset(), () -> dataset().getDefaultGraph().size());
    }

    /** How many source documents were read. */
    default int documentCount() {
        return assembled().documents().size();
    }

    /** The release folder this store reads, when it reads one (an in-memory assembly has none). */
    default Optional<Release> openedRelease() {
        return Optional.empty();
    }

    /** The dumps, counts and VoID/DCAT description of what is served. */
    default Publication publication() {
        return derived(Publication.class, Publication::of);
    }

    /**
     * Something computed from what is served (a page's data, a registry), once per assembly: a store
     * that swaps its content computes it again for the new content, never mixing the two.
     */
    default <T> T derived(Object key, Function<AssembledDataset, T> derive) {
        return derive.apply(assembled());
    }

    /**
     * As {@link #derived}, for the content served from now on rather than the one this thread is
     * pinned to (a reload request, pinned to the release it replaces, reports on the new one).
     */
    default <T> T derivedForNext(Object key, Function<AssembledDataset, T> derive) {
        return derived(key, derive);
    }

    /**
     * Holds what this thread sees until the returned pin is closed: everything read through this
     * store in between (dataset, assembly, release, derived values) is of one and the same content,
     * even if a reload swaps it meanwhile. A store whose content never changes needs no pin.
     */
    default Pin pin() {
        return Pin.NONE;
    }

    @Override
    void close();

    /** What {@link #pin()} returns: closing it lets the pinned content go. */
    interface Pin extends AutoCloseable {
        Pin NONE = () -> { };

        @Override
        void close();
    }
}
