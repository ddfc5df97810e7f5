package eu.migrationkg.serve.visual;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What the pictures work out from the whole graph (the dated facts, which priority and instrument each
 * resource belongs with, the map's index), kept for as long as the graph is the one loaded: a reload
 * brings a new assembly and so a fresh start. Each page then costs what it shows, not what the graph
 * holds; the first page after a load pays for the rest (or {@link PicturesWarmUp}, which works it out
 * as soon as a graph is loaded). Each piece is worked out once: a request that needs it while another
 * thread works it out waits for that result rather than doing the same work again.
 */
final class PerGraph {
    private PerGraph() {}

    private static final Map<Object, Map<String, FutureTask<Object>>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    @SuppressWarnings("unchecked")
    static <T> T get(ModelView v, String key, Supplier<T> work) {
        Map<String, FutureTask<Object>> forGraph = CACHE.computeIfAbsent(v.version, k -> new ConcurrentHashMap<>());
        FutureTask<Object> task = forGraph.get(key);
        if (task == null) {
            FutureTask<Object> mine = new FutureTask<>(work::get);
            task = forGraph.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            // Not kept: the next request tries again.
            forGraph.remove(key, task);
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pictures' data were worked out", e);
        }
    }
}
