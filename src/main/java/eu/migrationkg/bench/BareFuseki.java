package eu.migrationkg.bench;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The baseline of the benchmark: jena-fuseki-main with no modules, serving the same dataset (the
 * dump's named graphs, and their union materialised as the default graph, as our store does) at
 * {@code /sparql}. Run as {@code java -cp migration-kg.jar eu.migrationkg.bench.BareFuseki PORT FILE.nq}.
 */
public final class BareFuseki {
    private BareFuseki() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            RDFParser.source(Path.of(args[1])).parse(dsg);
            dsg.find().forEachRemaining(q -> dsg.getDefaultGraph().add(q.asTriple()));
        });
        FusekiServer.create()
                .port(port)
                .fusekiModules(FusekiModules.create())
                .add("/", dsg, false)
                .build()
                .start()
                .join();
    }
}
