package eu.migrationkg.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One content a server has served: the store it was loaded as (release, dataset with its text index,
 * assembly) and everything derived from it (publication, saved queries, page data), all behind one
 * reference, so that whoever holds a generation reads one release from start to end. It counts the
 * requests and transactions still on it; once replaced and no longer used, its store is closed.
 */
public final class Generation {

    private final KnowledgeStore store;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicBoolean retired = new AtomicBoolean();
    private volatile boolean replaced;

    Generation(KnowledgeStore store) {
        this.store = store;
    }

    public KnowledgeStore store() {
        return store;
    }

    public ReleaseId release() {
        return store.release();
    }

    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Function<AssembledDataset, T> derive) {
        Object value = derived.get(key);
        if (value == null) {
            // Not computeIfAbsent: a derivation may itself ask for another derived value.
            value = derive.apply(store.assembled());
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) value = raced;
        }
        return (T) value;
    }

    /** Takes one use; false when the generation was retired meanwhile (then take the current one). */
    boolean acquire() {
        users.incrementAndGet();
        if (retired.get()) {
            users.decrementAndGet();
            return false;
        }
        return true;
    }

    void letGo() {
        if (users.decrementAndGet() == 0 && replaced) retire();
    }

    void replaced() {
        replaced = true;
        if (users.get() == 0) retire();
    }

    void retire() {
        if (retired.compareAndSet(false, true)) store.close();
    }
}
