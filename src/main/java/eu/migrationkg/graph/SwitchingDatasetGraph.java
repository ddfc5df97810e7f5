package eu.migrationkg.graph;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/**
 * The one dataset a server registers, reading the {@link Generation} of whoever calls it: a request's
 * pinned generation, else the current one. Each transaction is pinned, at {@code begin}, to that
 * generation and stays on it until {@code end}, so a transaction begun outside a request (a command,
 * a test) also finishes on the dataset it started with; the generation is not closed under it.
 */
public final class SwitchingDatasetGraph extends DatasetGraphWrapper {

    private final ReloadableStore store;
    private final ThreadLocal<Generation> inTransaction = new ThreadLocal<>();

    SwitchingDatasetGraph(ReloadableStore store) {
        super(store.generation().store().dataset());
        this.store = store;
    }

    /** The dataset this thread's transaction is on, or that of its generation. */
    @Override
    protected DatasetGraph get() {
        Generation g = inTransaction.get();
        return (g != null ? g : store.generation()).store().dataset();
    }

    @Override
    public Context getContext() {
        return get().getContext();
    }

    @Override
    public void begin(TxnType type) {
        pin().store().dataset().begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        pin().store().dataset().begin(mode);
    }

    @Override
    public void begin() {
        pin().store().dataset().begin();
    }

    @Override
    public void end() {
        Generation g = inTransaction.get();
        if (g == null) {
            get().end();
            return;
        }
        try {
            g.store().dataset().end();
        } finally {
            unpin(g);
        }
    }

    @Override
    public boolean isInTransaction() {
        Generation g = inTransaction.get();
        return g != null && g.store().dataset().isInTransaction();
    }

    @Override
    public void close() {
        store.close();
    }

    private Generation pin() {
        Generation stale = inTransaction.get();
        if (stale != null) {
            // A transaction committed or aborted without end(): it is over, let its generation go.
            if (stale.store().dataset().isInTransaction()) return stale;
            unpin(stale);
        }
        Generation g = store.acquire();
        inTransaction.set(g);
        return g;
    }

    private void unpin(Generation g) {
        inTransaction.remove();
        g.letGo();
    }
}
