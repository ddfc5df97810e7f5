package eu.migrationkg.support;

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
