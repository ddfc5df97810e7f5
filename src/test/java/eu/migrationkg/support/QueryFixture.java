package eu.migrationkg.support;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.vocab.Iris;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The dataset of {@code src/test/resources/queries/fixture.trig}: named graphs laid out as the build
 * lays them out (one per passage, source and repository file) and their union as the default graph.
 */
public final class QueryFixture {
    private QueryFixture() {}

    public static final String RESOURCE = "queries/fixture.trig";

    /** Replaces a served dataset's content with the fixture, for {@code RunningServer.start(layout, base, amend)}. */
    public static void replaceContent(AssembledDataset assembled) {
        DatasetGraph fixture = load(assembled.iris().base());
        DatasetGraph target = assembled.dataset();
        Txn.executeWrite(target, () -> {
            target.clear();
            fixture.find().forEachRemaining(target::add);
        });
    }

    public static DatasetGraph load(String base) {
        DatasetGraph staging = DatasetGraphFactory.createGeneral();
        RDFParser.source(TestProject.layout().root().resolve("src/test/resources").resolve(RESOURCE))
                .base(Iris.normaliseBase(base)).lang(Lang.TRIG).parse(staging);
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> staging.find().forEachRemaining(q -> {
            dataset.add(q);
            dataset.getDefaultGraph().add(q.asTriple());
        }));
        return dataset;
    }
}
