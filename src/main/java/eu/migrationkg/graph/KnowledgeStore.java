package eu.migrationkg.graph;

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

    @Override
    void close();
}
