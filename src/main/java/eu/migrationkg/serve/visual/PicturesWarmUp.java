package eu.migrationkg.serve.visual;

import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.serve.web.Links;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out what the pictures read of the whole graph ({@link PerGraph}: the map's index and overview,
 * the dated facts, the amounts, the filters' choices) in the background as soon as a graph is served,
 * at start and after each reload, so that the first visitor of a picture page after a load does not
 * wait for it (at 1,000 documents it is seconds of work). A request arriving meanwhile waits for the
 * same work rather than repeating it. It looks every {@link #CHECK_SECONDS} seconds whether the store
 * serves another assembly: a reload has no hook of its own to call.
 */
final class PicturesWarmUp implements AutoCloseable {

    static final int CHECK_SECONDS = 2;
    /** How long closing waits for a warm-up under way. */
    static final int CLOSE_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(PicturesWarmUp.class);

    private final KnowledgeStore store;
    private final String base;
    private final StrategyMapBuilder map;
    private final TimelineBuilder timeline;
    private final FiguresBuilder figures;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pictures-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private Object warmed;

    PicturesWarmUp(KnowledgeStore store, String base, StrategyMapBuilder map, TimelineBuilder timeline, FiguresBuilder figures) {
        this.store = store;
        this.base = base;
        this.map = map;
        this.timeline = timeline;
        this.figures = figures;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::warmIfNew, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    private void warmIfNew() {
        if (store.assembled().dataset() == warmed) return;
        long start = System.nanoTime();
        try {
            warmed = Txn.calculateRead(store.dataset(), () -> {
                ModelView v = new ModelView(store, Links.forPath(base, PicturesModule.TIMELINE));
                if (v.version == warmed) return warmed;
                map.warm(v);
                timeline.warm(v);
                figures.warm(v);
                LOG.info("Pictures ready in {} ms.", (System.nanoTime() - start) / 1_000_000);
                return v.version;
            });
        } catch (RuntimeException e) {
            // Not tried again for this graph: the first request works it out and reports what fails.
            warmed = store.assembled().dataset();
            LOG.warn("Pictures not prepared in advance: {}", e.toString());
        }
    }

    /**
     * Stops looking for new graphs and waits for a warm-up under way to end its read transaction, so
     * that the store can then be closed (TDB2 refuses to let a database go while a transaction is open).
     * Not interrupted: an interrupt during TDB2's file I/O would close its channels for every reader.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Pictures still being prepared after {} s; the server stops without waiting longer.", CLOSE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
