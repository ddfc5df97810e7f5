package eu.migrationkg.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;

/** The assembled dataset held in memory (tests, and whatever is assembled in code). */
public final class InMemoryStore implements KnowledgeStore {

    private final AssembledDataset assembled;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

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
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<AssembledDataset, T> derive) {
        return (T) derived.computeIfAbsent(key, k -> derive.apply(assembled));
    }

    @Override
    public void close() {
        assembled.dataset().close();
    }
}
