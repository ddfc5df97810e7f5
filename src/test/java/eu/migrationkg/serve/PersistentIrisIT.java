package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.RdfFetch;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IRIs do not depend on where the server runs: two servers on different ports publish the same IRIs,
 * none naming a host or a port, each answering every IRI of the namespace at its own path; what does
 * depend on the address (the endpoint, the dumps) follows the address the request reached.
 */
class PersistentIrisIT {

    private static final String NS = Iris.DEFAULT_NAMESPACE;
    private static RunningServer one;
    private static RunningServer two;

    @BeforeAll
    static void start() throws Exception {
        one = RunningServer.start();
        two = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        if (one != null) one.close();
        if (two != null) two.close();
    }

    /** Every IRI the server's SPARQL endpoint knows: subjects, predicates, objects and graph names. */
    private static Set<String> allIris(RunningServer server) throws Exception {
        String query = "SELECT DISTINCT ?i WHERE { { ?i ?p ?o } UNION { ?s ?i ?o } UNION { ?s ?p ?i } "
                + "UNION { GRAPH ?i { ?s ?p ?o } } FILTER isIRI(?i) }";
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        for (JsonNode b : new ObjectMapper().readTree(r.body()).get("results").get("bindings")) out.add(b.get("i").get("value").asText());
        return out;
    }

    @Test
    void twoServersOnDifferentPortsPublishTheSameIrisNoneNamingAHostOrPort() throws Exception {
        assertFalse(one.url().equals(two.url()));
        Set<String> a = allIris(one);
        Set<String> b = allIris(two);
        assertTrue(a.size() > 500, "the whole graph: " + a.size());
        assertEquals(a, b);
        for (String iri : a) {
            assertFalse(iri.contains("localhost") || iri.contains("127.0.0.1")
                    || iri.contains(":" + URI.create(one.url()).getPort()), iri + " names where the server runs");
        }
        assertTrue(a.contains(NS + "id/source/ip-26-233"));
        assertTrue(a.contains(NS + "ontology#Priority"));
        assertArrayEquals(one.getBytes("dumps/dataset.nq.gz").body(), two.getBytes("dumps/dataset.nq.gz").body(),
                "the dumps of both are the same bytes");
    }

    @Test
    void eachIriOfTheNamespaceAnswersAtItsPath() throws Exception {
        Graph g = RdfFetch.fetch(one, "id/source/ip-26-233", "text/turtle");
        Node doc = NodeFactory.createURI(NS + "id/source/ip-26-233");
        assertTrue(g.contains(doc, NodeFactory.createURI(Vocab.DCT + "title"), Node.ANY), "described under the namespace");
        HttpResponse<String> page = one.get("id/source/ip-26-233", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<link rel=\"canonical\" href=\"" + NS + "id/source/ip-26-233\""),
                "the page's canonical address is the IRI");
        assertTrue(page.body().contains("href=\"../../sparql") || page.body().contains("href=\"../../"), "links stay relative");
        HttpResponse<String> editor = one.get("sparql", "text/html");
        assertTrue(editor.body().contains(NS + "ontology#"), "the editor's prefixes name the namespace");
    }

    @Test
    void theVoidDescriptionDeclaresTheNamespaceAndTheEndpointWhereItWasReached() throws Exception {
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String address = "http://" + host + ":" + URI.create(one.url()).getPort() + "/";
            HttpResponse<String> r = one.http().send(HttpRequest.newBuilder(URI.create(address + "dataset"))
                    .header("Accept", "application/n-triples").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("<" + NS + "dataset> <" + Vocab.VOID + "uriSpace> \"" + NS + "id/\""), r.body());
            assertTrue(r.body().contains("<" + Vocab.VOID + "sparqlEndpoint> <" + address + "sparql>"),
                    "the endpoint where " + host + " reached it: " + r.body());
            assertTrue(r.body().contains("<" + address + "dumps/dataset.nq.gz>"), "the dumps there too");
        }
    }

    @Test
    void proxyHeadersAreIgnoredUnlessTrusted() throws Exception {
        HttpResponse<String> r = one.send("GET", "sparql", null, "Accept", "application/n-triples",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        assertTrue(r.body().contains("<" + one.url() + "sparql> <" + Vocab.SD + "endpoint> <" + one.url() + "sparql>"), r.body());
        assertFalse(r.body().contains("evil.example"));
    }

    @Test
    void behindATrustedProxyTheEndpointIsWhereTheProxyWasReached() throws Exception {
        try (RunningServer proxied = RunningServer.start(TestProject.layout(), null, Optional.empty(), true)) {
            HttpResponse<String> x = proxied.send("GET", "sparql", null, "Accept", "application/n-triples",
                    "X-Forwarded-Host", "data.example.org", "X-Forwarded-Proto", "https", "X-Forwarded-Prefix", "/kg");
            assertTrue(x.body().contains("<https://data.example.org/kg/sparql> <" + Vocab.SD + "endpoint> <https://data.example.org/kg/sparql>"),
                    x.body());
            HttpResponse<String> f = proxied.send("GET", "sparql", null, "Accept", "application/n-triples",
                    "Forwarded", "for=192.0.2.1;proto=https;host=kg.example.net");
            assertTrue(f.body().contains("<https://kg.example.net/sparql>"), f.body());
            Graph g = RdfFetch.fetch(proxied, "id/source/ip-26-233", "text/turtle");
            assertTrue(g.contains(NodeFactory.createURI(NS + "id/source/ip-26-233"), Node.ANY, Node.ANY),
                    "the IRIs stay in the namespace behind a proxy");
        }
    }

    @Test
    void aPublisherCanChooseItsOwnNamespaceAndPublicAddress() throws Exception {
        String ns = "https://kg.example.eu/migration/";
        try (RunningServer own = RunningServer.start(TestProject.layout(), ns, Optional.of("https://public.example.eu/kg/"), false)) {
            Graph g = RdfFetch.fetch(own, "id/source/ip-26-233", "text/turtle");
            assertTrue(g.contains(NodeFactory.createURI(ns + "id/source/ip-26-233"), Node.ANY, Node.ANY),
                    "the path is read against the configured namespace");
            HttpResponse<String> sd = own.get("sparql", "application/n-triples");
            assertTrue(sd.body().contains("<https://public.example.eu/kg/sparql> <" + Vocab.SD + "endpoint>"), sd.body());
        }
    }
}
