package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.vocab.Iris;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** A reloadable store serves one generation per request or transaction, and closes a replaced one once unread. */
class SwitchingDatasetGraphTest {

    /** A store of {@code n} triples in release {@code id}, noting when it is closed. */
    private static final class Store implements KnowledgeStore {
        final AssembledDataset assembled;
        final AtomicBoolean closed = new AtomicBoolean();

        Store(int n, String id) {
            DatasetGraph d = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(d, () -> {
                for (int i = 0; i < n; i++) {
                    d.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                            NodeFactory.createURI("urn:o"));
                }
            });
            assembled = new AssembledDataset(new Iris("http://localhost:3030/"), d, PrefixMapFactory.create(), List.of(),
                    List.of(), GraphFactory.createDefaultGraph(), eu.migrationkg.extract.resolve.Resolution.EMPTY,
                    new ReleaseId(id));
        }

        @Override public DatasetGraph dataset() { return assembled.dataset(); }
        @Override public AssembledDataset assembled() { return assembled; }
        @Override public void close() { closed.set(true); }
    }

    private static long size(DatasetGraph d) {
        return Txn.calculateRead(d, () -> d.getDefaultGraph().size());
    }

    @Test
    void aTransactionInFlightFinishesOnTheDatasetItStartedWith() throws Exception {
        Store old = new Store(3, "a");
        ReloadableStore store = new ReloadableStore(() -> new Store(5, "b"), old);
        SwitchingDatasetGraph view = store.dataset();
        view.begin(ReadWrite.READ);
        try {
            assertEquals(3, view.getDefaultGraph().size());
            store.reload();
            assertEquals(3, view.getDefaultGraph().size(), "still on the old graph mid-transaction");
            long seenElsewhere = CompletableFuture.supplyAsync(() -> size(view)).get();
            assertEquals(5, seenElsewhere, "a new transaction sees the new graph");
            assertFalse(old.closed.get(), "not closed while read");
        } finally {
            view.end();
        }
        assertTrue(old.closed.get(), "closed once the last reader ended");
        assertEquals(5, size(view));
    }

    @Test
    void aPinnedRequestSeesOneReleaseThroughout() throws Exception {
        Store old = new Store(3, "a");
        ReloadableStore store = new ReloadableStore(() -> new Store(5, "b"), old);
        Object key = new Object();
        try (KnowledgeStore.Pin pin = store.pin()) {
            Object derivedBefore = store.derived(key, a -> new Object());
            store.reload();
            assertEquals("a", store.release().value(), "the release pinned, not the new one");
            assertEquals(3, size(store.dataset()), "its dataset, in a transaction begun after the switch");
            assertSame(derivedBefore, store.derived(key, a -> new Object()), "its derived values");
            assertEquals("b", CompletableFuture.supplyAsync(() -> store.release().value()).get(),
                    "another thread sees the new release");
            assertFalse(old.closed.get(), "not closed while a request is on it");
        }
        assertTrue(old.closed.get(), "closed once the request ended");
        assertEquals("b", store.release().value());
    }

    @Test
    void aDatasetNobodyReadsIsRetiredAtOnce() {
        Store old = new Store(1, "a");
        ReloadableStore store = new ReloadableStore(() -> new Store(2, "b"), old);
        store.reload();
        assertTrue(old.closed.get());
        assertEquals(2, size(store.dataset()));
    }
}
