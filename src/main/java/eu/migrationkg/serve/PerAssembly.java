package eu.migrationkg.serve;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.KnowledgeStore;
import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * Something derived from the served assembly (dumps, descriptions), computed on first use and again
 * only when the store starts serving another assembly, so a reload never shows stale files.
 */
final class PerAssembly<T> {

    private final KnowledgeStore store;
    private final Function<AssembledDataset, T> derive;
    /** Weak, so a replaced assembly is not kept alive by what was derived from it. */
    private WeakReference<AssembledDataset> source = new WeakReference<>(null);
    private T value;

    PerAssembly(KnowledgeStore store, Function<AssembledDataset, T> derive) {
        this.store = store;
        this.derive = derive;
    }

    synchronized T get() {
        AssembledDataset current = store.assembled();
        if (current != source.get()) {
            value = derive.apply(current);
            source = new WeakReference<>(current);
        }
        return value;
    }
}
