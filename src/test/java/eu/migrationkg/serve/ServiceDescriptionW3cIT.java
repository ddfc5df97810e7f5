package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.migrationkg.support.RunningServer;
import eu.migrationkg.vocab.Vocab;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C SPARQL 1.1 service-description tests (the manifest of the W3C test suite, in
 * src/test/resources/w3c/service-description/), each run with the endpoint reached by every name of the
 * loopback address: {@code sd:endpoint} must be the URL the client used, whichever that was.
 */
class ServiceDescriptionW3cIT {

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String SD = Vocab.SD;
    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    /** Every entry of the manifest, with each loopback name. */
    static Stream<Arguments> tests() throws Exception {
        Model manifest = ModelFactory.createDefaultModel();
        try (InputStream in = ServiceDescriptionW3cIT.class.getResourceAsStream("/w3c/service-description/manifest.ttl")) {
            RDFDataMgr.read(manifest, in, "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/service-description/manifest.ttl", Lang.TURTLE);
        }
        Resource root = manifest.listSubjectsWithProperty(manifest.createProperty(MF + "entries")).next();
        RDFList entries = root.getPropertyResourceValue(manifest.createProperty(MF + "entries")).as(RDFList.class);
        List<Arguments> out = new ArrayList<>();
        for (RDFNode e : entries.asJavaList()) {
            String name = e.asResource().getLocalName();
            for (String host : List.of("localhost", "127.0.0.1")) out.add(Arguments.of(name, host));
        }
        assertEquals(6, out.size(), "the three approved tests of the suite, twice");
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("tests")
    void passes(String test, String host) throws Exception {
        String endpoint = "http://" + host + ":" + URI.create(server.url()).getPort() + "/sparql";
        // What the test harness does: GET the endpoint with no query, asking for RDF.
        HttpResponse<String> r = server.http().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Accept", "text/turtle, application/rdf+xml;q=0.9").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String type = r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").strip();
        Lang lang = RDFLanguages.contentTypeToLang(type);
        Graph g = GraphFactory.createDefaultGraph();
        switch (test) {
            case "returns-rdf" -> {
                assertTrue(lang != null && RDFLanguages.isTriples(lang), "an RDF type: " + type);
                RDFParser.fromString(r.body(), lang).base(endpoint).parse(g);
                assertFalse(g.isEmpty());
            }
            case "has-endpoint-triple" -> {
                RDFParser.fromString(r.body(), lang).base(endpoint).parse(g);
                assertTrue(g.contains(Node.ANY, uri(SD + "endpoint"), uri(endpoint)),
                        "sd:endpoint <" + endpoint + "> in:\n" + r.body());
            }
            case "conforms-to-schema" -> {
                RDFParser.fromString(r.body(), lang).base(endpoint).parse(g);
                List<Node> services = g.find(Node.ANY, uri(Vocab.RDF + "type"), uri(SD + "Service")).mapWith(t -> t.getSubject()).toList();
                assertEquals(1, services.size(), "one sd:Service");
                Node s = services.get(0);
                for (String p : List.of("endpoint", "supportedLanguage")) {
                    assertTrue(g.contains(s, uri(SD + p), Node.ANY), "the service has sd:" + p);
                }
                g.find(s, uri(SD + "supportedLanguage"), Node.ANY).forEachRemaining(t -> assertTrue(
                        List.of(SD + "SPARQL10Query", SD + "SPARQL11Query", SD + "SPARQL11Update").contains(t.getObject().getURI()),
                        "a language of the schema: " + t.getObject()));
                g.find(s, uri(SD + "endpoint"), Node.ANY).forEachRemaining(t -> assertTrue(t.getObject().isURI()));
            }
            default -> fail("a test of the manifest this class does not run: " + test);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
