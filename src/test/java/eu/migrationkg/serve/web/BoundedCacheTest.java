package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void aTextIsReadOnceUntilTheCacheOutgrowsItsBound() {
        AtomicInteger reads = new AtomicInteger();
        BoundedCache<String, Integer> cache = new BoundedCache<>(2, s -> {
            reads.incrementAndGet();
            return s.length();
        });
        assertEquals(3, cache.get("abc"));
        assertEquals(3, cache.get("abc"));
        assertEquals(1, reads.get(), "the second ask is answered from the cache");
        cache.get("de");
        cache.get("f");
        assertEquals(3, reads.get());
        assertEquals(3, cache.get("abc"), "past the bound the cache starts again, with the same answers");
        assertEquals(4, reads.get());
    }
}
