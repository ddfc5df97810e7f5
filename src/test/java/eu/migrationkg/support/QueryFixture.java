package eu.migrationkg.support;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The saved queries' fixture ({@code fixtures/queries.trig}): a small graph shaped like docs/MODEL.md,
 * self-contained (it carries the few ontology statements the queries use), so every query finds rows
 * in it whatever the shipped data hold.
 */
public final class QueryFixture {
    private QueryFixture() {}

    public static final String RESOURCE = "/fixtures/queries.trig";

    /** The fixture alone, its IRIs under {@code base}. */
    public static DatasetGraph load(String base) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Fixtures.add(new AssembledDataset(new Iris(base), dataset, PrefixMapFactory.create(), List.of(), List.of()),
                RESOURCE);
        return dataset;
    }

    /** Replaces a dataset about to be served with the fixture, for {@code RunningServer.start(layout, base, amend)}. */
    public static void replaceContent(AssembledDataset assembled) {
        Txn.executeWrite(assembled.dataset(), assembled.dataset()::clear);
        Fixtures.add(assembled, RESOURCE);
    }
}
