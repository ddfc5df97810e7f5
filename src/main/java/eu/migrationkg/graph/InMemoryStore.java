package eu.migrationkg.graph;

import org.apache.jena.sparql.core.DatasetGraph;

/** The embedded default: the assembled dataset held in memory. */
public final class InMemoryStore implements KnowledgeStore {

    private final AssembledDataset assembled;

    public InMemoryStore(AssembledDataset assembled) {
        this.assembled = assembled;
    }

    @Override
    public DatasetGraph dataset() {
        return assembled.dataset();
    }

    @Override
    public AssembledDataset assembled() {
        return assembled;
    }

    @Override
    public void close() {
        assembled.dataset().close();
    }
}
