package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.SameQuads;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL Graph Store Protocol at /data: every graph can be read, nothing can be written. */
class GraphStoreIT {

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    private static List<Node> graphNames() {
        DatasetGraph dsg = server.store().dataset();
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()));
    }

    @Test
    void theDefaultGraphIsTheUnion() throws Exception {
        Graph g = parse(server.get("data?default", "text/turtle"), Lang.TURTLE);
        DatasetGraph dsg = server.store().dataset();
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getDefaultGraph().find().forEachRemaining(union::add));
        assertTrue(union.size() > 30);
        SameQuads.assertSame(union, g);
    }

    @Test
    void everyNamedGraphCanBeRead() throws Exception {
        List<Node> names = graphNames();
        assertTrue(names.size() >= 3, names::toString);
        DatasetGraph dsg = server.store().dataset();
        for (Node name : names) {
            Graph g = parse(server.get("data?graph=" + URLEncoder.encode(name.getURI(), StandardCharsets.UTF_8),
                    "application/n-triples"), Lang.NTRIPLES);
            Graph expected = GraphFactory.createDefaultGraph();
            Txn.executeRead(dsg, () -> dsg.getGraph(name).find().forEachRemaining(expected::add));
            SameQuads.assertSame(expected, g);
        }
    }

    @Test
    void theWholeDatasetCanBeReadAsQuads() throws Exception {
        HttpResponse<String> r = server.get("data", "application/n-quads");
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(parsed);
        DatasetGraph dsg = server.store().dataset();
        DatasetGraph served = DatasetGraphFactory.createGeneral();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(served::add));
        SameQuads.assertSame(served, parsed);
    }

    @Test
    void anUnknownGraphIs404() throws Exception {
        HttpResponse<String> r = server.get("data?graph=" + URLEncoder.encode(server.base() + "graph/none",
                StandardCharsets.UTF_8), "text/turtle");
        assertEquals(404, r.statusCode());
    }

    @ParameterizedTest(name = "{0} {1} is refused and changes nothing")
    @CsvSource({
            "PUT, data?default",
            "POST, data?default",
            "DELETE, data?default",
            "PATCH, data?default",
            "PUT, data?graph=http://example.org/g",
            "POST, data?graph=http://example.org/g",
            "DELETE, data?graph=GRAPH",
            "POST, data",
            "PUT, data"})
    void writesAreRefused(String method, String path) throws Exception {
        Node first = graphNames().getFirst();
        String target = path.replace("GRAPH", URLEncoder.encode(first.getURI(), StandardCharsets.UTF_8));
        long before = quadCount();
        HttpResponse<String> r = server.send(method, target, "text/turtle",
                "<http://example.org/s> <http://example.org/p> \"o\" .");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + target + " -> " + r.statusCode());
        assertEquals(before, quadCount());
        assertTrue(graphNames().contains(first));
    }

    private static long quadCount() {
        DatasetGraph dsg = server.store().dataset();
        return Txn.calculateRead(dsg, () -> dsg.stream().count());
    }
}
