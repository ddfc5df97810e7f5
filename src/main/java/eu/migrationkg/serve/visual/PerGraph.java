package eu.migrationkg.serve.visual;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the pictures work out from the whole graph (the dated facts, which priority and instrument each
 * resource belongs with, the map's index), kept for as long as the graph is the one loaded: a reload
 * brings a new assembly and so a fresh start. Each page then costs what it shows, not what the graph
 * holds; the first page after a load pays for the rest.
 */
final class PerGraph {
    private PerGraph() {}

    private static final Map<Object, Map<String, Object>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    @SuppressWarnings("unchecked")
    static <T> T get(ModelView v, String key, Supplier<T> work) {
        Map<String, Object> forGraph = CACHE.computeIfAbsent(v.version, k -> new ConcurrentHashMap<>());
        Object value = forGraph.get(key);
        if (value == null) {
            value = work.get();
            forGraph.putIfAbsent(key, value);
        }
        return (T) value;
    }
}
