package eu.migrationkg.serve.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of text, kept for the next request that asks the same. Only for
 * functions whose result depends on nothing but the key, so that no reload can make an entry stale.
 * Emptied when it grows past its bound rather than kept in order of use: the keys are the texts of
 * the corpus, which a page revisits often and which rarely outgrow the bound.
 */
final class BoundedCache<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final int bound;
    private final Function<K, V> compute;

    BoundedCache(int bound, Function<K, V> compute) {
        this.bound = bound;
        this.compute = compute;
    }

    V get(K key) {
        if (entries.size() > bound) entries.clear();
        return entries.computeIfAbsent(key, compute);
    }
}
