package eu.migrationkg.support;

import eu.migrationkg.graph.AssembledDataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Test data in the shape extraction produces (passages whose named graphs hold the facts they
 * state), written in TriG with relative IRIs and added to an assembled dataset under its base.
 */
public final class Fixtures {
    private Fixtures() {}

    /** The linked-data fixture: a strategy, priorities, instruments and passages of ip-26-233. */
    public static final String LINKED_DATA = "/fixtures/linked-data.trig";

    /** Adds the TriG resource's named graphs, and their triples to the union default graph. */
    public static void add(AssembledDataset assembled, String resource) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            RDFParser.source(in).lang(Lang.TRIG).base(assembled.iris().base()).parse(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph ds = assembled.dataset();
        Txn.executeWrite(ds, () -> parsed.find().forEachRemaining(q -> {
            if (q.isDefaultGraph()) {
                throw new IllegalArgumentException(resource + ": every fixture triple belongs to a named graph");
            }
            ds.add(q);
            ds.getDefaultGraph().add(q.asTriple());
        }));
    }
}
