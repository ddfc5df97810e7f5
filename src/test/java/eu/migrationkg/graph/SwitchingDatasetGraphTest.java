package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class SwitchingDatasetGraphTest {

    private static DatasetGraph withTriples(int n) {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            for (int i = 0; i < n; i++) {
                d.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createURI("urn:o"));
            }
        });
        return d;
    }

    private static long size(DatasetGraph d) {
        return Txn.calculateRead(d, () -> d.getDefaultGraph().size());
    }

    @Test
    void aTransactionInFlightFinishesOnTheDatasetItStartedWith() throws Exception {
        AtomicBoolean oldRetired = new AtomicBoolean();
        SwitchingDatasetGraph view = new SwitchingDatasetGraph(withTriples(3), () -> oldRetired.set(true));
        view.begin(ReadWrite.READ);
        try {
            assertEquals(3, view.getDefaultGraph().size());
            view.replace(withTriples(5), () -> { });
            assertEquals(3, view.getDefaultGraph().size(), "still on the old graph mid-transaction");
            long seenElsewhere = CompletableFuture.supplyAsync(() -> size(view)).get();
            assertEquals(5, seenElsewhere, "a new transaction sees the new graph");
            assertFalse(oldRetired.get(), "not closed while read");
        } finally {
            view.end();
        }
        assertTrue(oldRetired.get(), "closed once the last reader ended");
        assertEquals(5, size(view));
    }

    @Test
    void aDatasetNobodyReadsIsRetiredAtOnce() {
        AtomicBoolean retired = new AtomicBoolean();
        SwitchingDatasetGraph view = new SwitchingDatasetGraph(withTriples(1), () -> retired.set(true));
        view.replace(withTriples(2), () -> { });
        assertTrue(retired.get());
        assertEquals(2, view.getDefaultGraph().size(), "reads outside a transaction see the current graph");
    }
}
