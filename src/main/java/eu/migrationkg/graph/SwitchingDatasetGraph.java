package eu.migrationkg.graph;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * A dataset whose content can be replaced whole while it is being read. Each transaction is pinned,
 * at {@code begin}, to the dataset current at that moment and stays on it until {@code end}, so a
 * query in flight finishes on the graph it started with while new ones see the replacement. A
 * replaced dataset is closed once the last transaction on it has ended. Reads outside a transaction
 * go to the current dataset.
 */
public final class SwitchingDatasetGraph extends DatasetGraphWrapper {

    /** One dataset that has been served, and how many transactions are still on it. */
    private static final class Generation {
        final DatasetGraph dataset;
        final Runnable onRetired;
        final AtomicInteger users = new AtomicInteger();
        private final AtomicBoolean retired = new AtomicBoolean();
        volatile boolean replaced;

        Generation(DatasetGraph dataset, Runnable onRetired) {
            this.dataset = dataset;
            this.onRetired = onRetired;
        }

        void release() {
            if (users.decrementAndGet() == 0 && replaced) retire();
        }

        void retire() {
            if (retired.compareAndSet(false, true)) onRetired.run();
        }
    }

    private final AtomicReference<Generation> current;
    private final ThreadLocal<Generation> pinned = new ThreadLocal<>();

    /** Serves {@code initial}; {@code onRetired} runs when it has been replaced and is no longer read. */
    public SwitchingDatasetGraph(DatasetGraph initial, Runnable onRetired) {
        super(initial);
        this.current = new AtomicReference<>(new Generation(initial, onRetired));
    }

    /**
     * Makes {@code next} the dataset new transactions see. The one it replaces is retired (its
     * {@code onRetired} runs) as soon as no transaction is left on it, which may be at once.
     */
    public void replace(DatasetGraph next, Runnable onRetired) {
        Generation old = current.getAndSet(new Generation(next, onRetired));
        old.replaced = true;
        if (old.users.get() == 0) old.retire();
    }

    /** The dataset this thread's transaction is on, or the current one. */
    @Override
    protected DatasetGraph get() {
        Generation g = pinned.get();
        return g != null ? g.dataset : current.get().dataset;
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    @Override
    public void begin(TxnType type) {
        pin().dataset.begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        pin().dataset.begin(mode);
    }

    @Override
    public void begin() {
        pin().dataset.begin();
    }

    @Override
    public void end() {
        Generation g = pinned.get();
        if (g == null) {
            current.get().dataset.end();
            return;
        }
        try {
            g.dataset.end();
        } finally {
            unpin(g);
        }
    }

    @Override
    public boolean isInTransaction() {
        Generation g = pinned.get();
        return g != null && g.dataset.isInTransaction();
    }

    @Override
    public void close() {
        current.get().retire();
    }

    private Generation pin() {
        Generation stale = pinned.get();
        if (stale != null) {
            // A transaction committed or aborted without end(): it is over, let its dataset go.
            if (stale.dataset.isInTransaction()) return stale;
            unpin(stale);
        }
        while (true) {
            Generation g = current.get();
            g.users.incrementAndGet();
            if (current.get() == g) {
                pinned.set(g);
                return g;
            }
            g.release(); // replaced meanwhile: take the new one
        }
    }

    private void unpin(Generation g) {
        pinned.remove();
        g.release();
    }
}
