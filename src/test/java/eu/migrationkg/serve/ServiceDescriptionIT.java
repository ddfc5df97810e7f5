package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.RdfFetch;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.vocab.Vocab;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /sparql without a query, asking for RDF: the SPARQL 1.1 service description, with true counts. */
class ServiceDescriptionIT {

    private static final String SD = Vocab.SD;
    @TempDir static Path dir;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(FixtureProject.projectWith(dir, FixtureProject.PASSAGE_FILE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph fetch(String path, String accept) throws Exception {
        return RdfFetch.fetch(server, path, accept);
    }

    private static Node one(Graph g, Node s, String p) {
        var found = g.find(s, uri(p), Node.ANY).toList();
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.getFirst().getObject();
    }

    private static long number(Graph g, Node s, String p) {
        return Long.parseLong(one(g, s, p).getLiteralLexicalForm());
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void describesTheEndpointInEveryRdfFormat(String accept) throws Exception {
        Graph g = fetch("sparql", accept);
        Node endpoint = uri(server.url() + "sparql");
        assertTrue(g.contains(endpoint, uri(Vocab.RDF + "type"), uri(SD + "Service")));
        assertEquals(endpoint, one(g, endpoint, SD + "endpoint"));
        assertEquals(uri(SD + "SPARQL11Query"), one(g, endpoint, SD + "supportedLanguage"));
        Set<String> formats = g.find(endpoint, uri(SD + "resultFormat"), Node.ANY).mapWith(t -> t.getObject().getURI())
                .toSet();
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"}) {
            assertTrue(formats.contains(Vocab.FORMATS + f), f + " in " + formats);
        }
    }

    @Test
    void statesTrueCountsForTheDefaultGraphAndEveryNamedGraph() throws Exception {
        Graph g = fetch("sparql", "text/turtle");
        Node dataset = one(g, uri(server.url() + "sparql"), SD + "defaultDataset");
        Node defaultGraph = one(g, dataset, SD + "defaultGraph");
        DatasetGraph dsg = server.store().dataset();
        Map<Node, Long> truth = new HashMap<>();
        long[] defaultSize = new long[3];
        Txn.executeRead(dsg, () -> {
            defaultSize[0] = dsg.getDefaultGraph().size();
            defaultSize[1] = dsg.getDefaultGraph().find().mapWith(t -> t.getSubject()).toSet().size();
            defaultSize[2] = dsg.getDefaultGraph().find().mapWith(t -> t.getPredicate()).toSet().size();
            dsg.listGraphNodes().forEachRemaining(n -> truth.put(n, (long) dsg.getGraph(n).size()));
        });
        assertTrue(defaultSize[0] > 30);
        assertEquals(defaultSize[0], number(g, defaultGraph, Vocab.VOID + "triples"));
        assertEquals(defaultSize[1], number(g, defaultGraph, Vocab.VOID + "distinctSubjects"));
        assertEquals(defaultSize[2], number(g, defaultGraph, Vocab.VOID + "properties"));

        Map<Node, Long> stated = g.find(dataset, uri(SD + "namedGraph"), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .collect(Collectors.toMap(ng -> one(g, ng, SD + "name"),
                        ng -> number(g, one(g, ng, SD + "graph"), Vocab.VOID + "triples")));
        assertTrue(truth.size() >= 4, "ontology, fixture and two sources: " + truth.keySet());
        assertEquals(truth, stated);
    }

    @Test
    void theSameUrlStillAnswersQueries() throws Exception {
        HttpResponse<String> r = server.get("sparql?query=ASK%7B?s%20?p%20?o%7D", "text/turtle, application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
        HttpResponse<String> post = server.post("sparql", "application/sparql-query", "ASK {}", "text/turtle, */*");
        assertEquals(200, post.statusCode(), post.body());
        assertTrue(post.body().contains("true"), post.body());
    }

    @Test
    void theQueryAliasDescribesTheSameService() throws Exception {
        Graph viaQuery = fetch("query", "text/turtle");
        assertTrue(viaQuery.isIsomorphicWith(fetch("sparql", "text/turtle")));
    }

    @Test
    void aGetWithoutQueryThatAcceptsNoDescriptionFormatIsRefusedWithTheFormatsOffered() throws Exception {
        HttpResponse<String> r = server.get("sparql", "application/sparql-results+json");
        // Not Fuseki's 404 (the endpoint is there): 406, in the client's error format, naming what is offered.
        assertEquals(406, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertTrue(r.body().contains("\"status\":406") && r.body().contains("text/turtle"), r.body());
    }
}
