package eu.migrationkg.serve.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Results of a pure function of text, kept for the next request that asks the same: only for functions
 * whose result depends on nothing but the key, so that no reload can make an entry stale. Bounded by an
 * estimate of the bytes held (keys and results are text, about twice their length in chars), evicting
 * the least useful entries (Caffeine's W-TinyLFU), so a large corpus costs a fixed share of the heap.
 * Every cache is listed for {@code /$/metrics} (hits, misses, evictions, weight) under its name.
 */
public final class TextCache<K, V> {

    private static final List<TextCache<?, ?>> ALL = new CopyOnWriteArrayList<>();
    private static final List<MeterRegistry> REGISTRIES = new CopyOnWriteArrayList<>();
    /** Per entry, beyond its text: the entry, the key and value objects, their arrays. */
    private static final int OVERHEAD_BYTES = 96;

    private final String name;
    private final Cache<K, V> cache;
    private final Function<K, V> compute;

    private TextCache(String name, long maxBytes, ToIntFunction<K> chars, Function<K, V> compute) {
        this.name = name;
        this.compute = compute;
        // The result is about as long as the text it was read from: counted twice, two bytes a char.
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((K k, V v) -> OVERHEAD_BYTES + 4 * chars.applyAsInt(k))
                .recordStats()
                .build();
    }

    /** A cache named {@code name} (the metrics' label) of at most {@code maxBytes}, keys measured by {@code chars}. */
    public static <K, V> TextCache<K, V> of(String name, long maxBytes, ToIntFunction<K> chars, Function<K, V> compute) {
        TextCache<K, V> c = new TextCache<>(name, maxBytes, chars, compute);
        synchronized (ALL) {
            ALL.add(c);
            REGISTRIES.forEach(c::bindTo);
        }
        return c;
    }

    /**
     * Reports every cache, made so far or later (caches are made when the class using them is first
     * used), to {@code registry}: {@code cache_gets_total{cache=NAME,result=hit|miss}}, evictions, weight.
     */
    public static void reportTo(MeterRegistry registry) {
        synchronized (ALL) {
            REGISTRIES.add(registry);
            ALL.forEach(c -> c.bindTo(registry));
        }
    }

    private void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    public V get(K key) {
        return cache.get(key, compute);
    }

    /** What the cache holds now, as its weigher counts it. */
    long estimatedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    public String name() {
        return name;
    }

}
