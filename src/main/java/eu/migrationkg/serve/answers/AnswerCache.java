package eu.migrationkg.serve.answers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.migrationkg.graph.ReleaseId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The answers already given, by release and request, bounded by their size in bytes. Because a
 * release never changes, an answer is exact for as long as its release is served; the release is part
 * of every key, so a new release finds none of the old entries, and the old ones are dropped when the
 * first request of the new release arrives.
 */
final class AnswerCache {

    /** Answers larger than this are sent but not kept: one of them would push out many small ones. */
    static final int MAX_ENTRY_BYTES = 4 * 1024 * 1024;

    private final Cache<String, StoredAnswer> answers;
    private volatile ReleaseId release;

    AnswerCache(long maxBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, StoredAnswer a) -> a.weight() + 2 * key.length())
                .recordStats()
                .build();
    }

    /** Publishes hits, misses, size and evictions at {@code /$/metrics} as {@code cache_*{cache="kg_answers"}}. */
    void monitor(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, answers, "kg_answers");
    }

    StoredAnswer get(ReleaseId current, String key) {
        if (!current.equals(release)) {
            release = current;
            answers.invalidateAll();
        }
        return answers.getIfPresent(key);
    }

    void put(String key, StoredAnswer answer) {
        answers.put(key, answer);
    }

    long size() {
        return answers.estimatedSize();
    }
}
