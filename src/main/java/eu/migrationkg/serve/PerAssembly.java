package eu.migrationkg.serve;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.graph.Publication;
import java.util.function.Function;

/**
 * Something derived from the served assembly (dumps, descriptions), computed on first use and kept
 * with the generation it was derived from ({@link KnowledgeStore#derived}), so a request reads the
 * value of the release it is pinned to and a reload never shows stale files.
 */
class PerAssembly<T> {

    private final KnowledgeStore store;
    private final Function<AssembledDataset, T> derive;

    PerAssembly(KnowledgeStore store, Function<AssembledDataset, T> derive) {
        this.store = store;
        this.derive = derive;
    }

    /** The store's publication: for a release, the dumps and description its build wrote. */
    static PerAssembly<Publication> publication(KnowledgeStore store) {
        return new PerAssembly<>(store, null) {
            @Override
            Publication get() {
                return store.publication();
            }
        };
    }

    T get() {
        return store.derived(this, derive);
    }
}
