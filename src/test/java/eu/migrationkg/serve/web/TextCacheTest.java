package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextCacheTest {

    @Test
    void aTextIsReadOnceAndTheCacheStaysWithinItsBytes() {
        AtomicInteger reads = new AtomicInteger();
        TextCache<String, Integer> cache = TextCache.of("test-lengths", 64 * 1024, String::length, s -> {
            reads.incrementAndGet();
            return s.length();
        });
        assertEquals(3, cache.get("abc"));
        assertEquals(3, cache.get("abc"));
        assertEquals(1, reads.get(), "the second ask is answered from the cache");
        // Far more text than the bound: the cache keeps a bounded part, and answers stay the same.
        String big = "x".repeat(1000);
        for (int i = 0; i < 500; i++) assertEquals(1000 + String.valueOf(i).length(), cache.get(big + i));
        assertEquals(3, cache.get("abc"));
        assertTrue(cache.estimatedBytes() <= 64 * 1024, "held " + cache.estimatedBytes() + " bytes");
    }
}
