package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.support.Fixtures;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every IRI answers at its own path, in the format asked for: content negotiation, overrides,
 * caching headers and status codes, over real HTTP, for several kinds of resource.
 */
class LinkedDataIT {

    static final String EES = "id/instrument/entry-exit-system";
    static final String STRATEGY = "id/strategy/european-asylum-and-migration-management-strategy";
    static final String DOCUMENT = "id/source/ip-26-233";
    static final String PASSAGE = "id/passage/ip-26-233/86a14fdf959f";
    static final String PERSON = "id/person/magnus-brunner";
    static final String GRAPH = "graph/curated/fixture";
    /** More resources link to the Entry/Exit System than a description serves. */
    static final int BULK = Describer.MAX_INCOMING + 5;

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.withoutSourceText(), null, LinkedDataIT::fixtures);
    }

    static void fixtures(AssembledDataset a) {
        Fixtures.add(a, Fixtures.LINKED_DATA);
        Node g = a.iris().graph("curated/bulk");
        Node concerns = a.iris().term("concerns");
        Node ees = NodeFactory.createURI(a.iris().base() + EES);
        Txn.executeWrite(a.dataset(), () -> {
            for (int i = 0; i < BULK; i++) {
                Quad q = Quad.create(g, a.iris().resource("milestone", "bulk-" + i), concerns, ees);
                a.dataset().add(q);
                a.dataset().getDefaultGraph().add(q.asTriple());
            }
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (headers.length > 0) b.headers(headers);
        return server.http().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return server.http().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Graph parse(String body, String contentType) {
        Lang lang = RDFLanguages.contentTypeToLang(contentType.replaceFirst(";.*", ""));
        assertNotNull(lang, "an RDF media type: " + contentType);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            EES + ", text/turtle",
            EES + ", application/ld+json",
            EES + ", application/rdf+xml",
            EES + ", application/n-triples",
            STRATEGY + ", text/turtle",
            STRATEGY + ", application/ld+json",
            DOCUMENT + ", application/rdf+xml",
            DOCUMENT + ", application/n-triples",
            PASSAGE + ", text/turtle",
            PERSON + ", application/ld+json",
            GRAPH + ", application/n-triples",
            "ontology, text/turtle",
            "ontology, application/rdf+xml"})
    void eachRdfFormatIsServedAtTheSameUrlAndParses(String path, String accept) throws Exception {
        HttpResponse<String> r = get(path, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith(accept), header(r, "Content-Type"));
        assertEquals("Accept", header(r, "Vary"));
        String name = path.substring(path.lastIndexOf('/') + 1);
        String ext = Variant.values()[List.of("text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples").indexOf(accept)].extension();
        assertEquals(name + "." + ext, header(r, "Content-Location"));
        Graph g = parse(r.body(), header(r, "Content-Type"));
        Node subject = NodeFactory.createURI(server.base() + path);
        if (path.startsWith("graph/")) {
            Graph named = server.store().dataset().getGraph(subject);
            assertTrue(named.size() > 0);
            named.find().forEachRemaining(t -> assertTrue(g.contains(t), "a graph's IRI serves the graph: " + t));
        } else {
            assertTrue(g.contains(subject, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, subject),
                    "the description is about " + subject);
        }
    }

    @Test
    void browsersGetHtmlAndProgramsWithoutPreferenceGetTurtle() throws Exception {
        HttpResponse<String> browser = get(EES, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(header(browser, "Content-Type").startsWith("text/html"));
        assertEquals(EES.substring(EES.lastIndexOf('/') + 1) + ".html", header(browser, "Content-Location"));
        HttpResponse<String> curl = get(EES, "Accept", "*/*");
        assertTrue(header(curl, "Content-Type").startsWith("text/turtle"));
        HttpResponse<String> none = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + EES)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(header(none, "Content-Type").startsWith("text/turtle"));
    }

    @ParameterizedTest(name = "?format={0}")
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml",
            "nt, application/n-triples", "html, text/html"})
    void formatParameterAndExtensionOverrideAccept(String format, String type) throws Exception {
        for (String path : List.of(STRATEGY + "?format=" + format, STRATEGY + "." + format, "ontology." + format,
                "ontology?format=" + format)) {
            HttpResponse<String> r = get(path, "Accept", format.equals("html") ? "text/turtle" : "text/html");
            assertEquals(200, r.statusCode(), path);
            assertTrue(header(r, "Content-Type").startsWith(type), path + " gave " + header(r, "Content-Type"));
            assertTrue(r.headers().firstValue("Vary").isEmpty(), "an override does not vary with Accept: " + path);
            if (!type.equals("text/html")) assertTrue(parse(r.body(), type).size() > 0, path);
        }
    }

    @Test
    void everyFormatIsAdvertisedAsAnAlternate() throws Exception {
        HttpResponse<String> r = get(PERSON, "Accept", "text/turtle");
        String link = header(r, "Link");
        for (Variant v : Variant.values()) {
            assertTrue(link.contains("<magnus-brunner." + v.extension() + ">; rel=\"alternate\"; type=\"" + v.mediaType() + "\""), link);
            HttpResponse<String> alt = get(PERSON + "." + v.extension());
            assertEquals(200, alt.statusCode(), "the advertised " + v + " link works");
            assertTrue(header(alt, "Content-Type").startsWith(v.mediaType()));
        }
    }

    @Test
    void conditionalRequestsAnswer304() throws Exception {
        for (String path : List.of(EES, DOCUMENT, "ontology")) {
            for (String accept : List.of("text/turtle", "text/html")) {
                HttpResponse<String> r = get(path, "Accept", accept);
                String etag = header(r, "ETag");
                String modified = header(r, "Last-Modified");
                assertNotNull(etag);
                assertNotNull(modified);
                HttpResponse<String> again = get(path, "Accept", accept, "If-None-Match", etag);
                assertEquals(304, again.statusCode(), path);
                assertEquals("", again.body());
                assertEquals(etag, header(again, "ETag"));
                HttpResponse<String> other = get(path, "Accept", accept, "If-None-Match", "\"something-else\"");
                assertEquals(200, other.statusCode());
                HttpResponse<String> since = get(path, "Accept", accept, "If-Modified-Since", modified);
                assertEquals(304, since.statusCode());
                String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.parse(modified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
                assertEquals(200, get(path, "Accept", accept, "If-Modified-Since", before).statusCode());
            }
            HttpResponse<String> turtle = get(path, "Accept", "text/turtle");
            HttpResponse<String> html = get(path, "Accept", "text/html");
            assertFalse(header(turtle, "ETag").equals(header(html, "ETag")), "each representation has its own tag");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id/instrument/no-such-thing", "id/instrument/no-such-thing.ttl", "id/", "id/source",
            "graph/nothing", "id/passage/ip-26-233/1-2", "id/instrument/entry-exit-system/more"})
    void iriNotInTheGraphIs404(String path) throws Exception {
        HttpResponse<String> r = get(path, "Accept", "text/turtle");
        assertEquals(404, r.statusCode(), path);
        assertFalse(r.body().contains("Exception"), r.body());
        HttpResponse<String> page = get(path, "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not in the graph"));
    }

    @Test
    void nothingAcceptableIs406AndAnUnknownFormat400() throws Exception {
        for (String accept : List.of("application/pdf", "image/*", "text/turtle;q=0, text/html;q=0, application/*;q=0")) {
            HttpResponse<String> r = get(EES, "Accept", accept);
            assertEquals(406, r.statusCode(), accept);
            assertTrue(r.body().contains("text/turtle"), "the refusal names what is available: " + r.body());
        }
        HttpResponse<String> bad = get(EES + "?format=xlsx");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("ttl"), bad.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void otherMethodsAre405(String method) throws Exception {
        for (String path : List.of(EES, "ontology", GRAPH)) {
            HttpResponse<String> r = send(method, path);
            assertEquals(405, r.statusCode(), method + " " + path);
            assertEquals("GET, HEAD, OPTIONS", header(r, "Allow"));
        }
        assertEquals(200, get(EES, "Accept", "text/turtle").statusCode(), "still served");
    }

    @Test
    void headAndOptionsAreAnswered() throws Exception {
        HttpResponse<String> get = get(EES, "Accept", "text/turtle");
        HttpResponse<String> head = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + EES))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        HttpResponse<String> options = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + EES))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, options.statusCode());
        assertEquals("GET, HEAD, OPTIONS", header(options, "Allow"));
    }

    @Test
    void theDescriptionHasOwnTriplesLinkedLabelsBoundedIncomingLinksAndProvenance() throws Exception {
        HttpResponse<String> r = get(EES, "Accept", "application/n-triples");
        Graph g = parse(r.body(), header(r, "Content-Type"));
        String base = server.base();
        Node ees = NodeFactory.createURI(base + EES);
        Node prefLabel = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
        assertTrue(g.contains(ees, prefLabel, Node.ANY), "own triples");
        // Labels of what it links to: its type and what links to it.
        Node instrument = NodeFactory.createURI(base + "ontology#Instrument");
        assertTrue(g.contains(ees, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), instrument));
        // Incoming links: bounded.
        long incoming = g.find(Node.ANY, Node.ANY, ees).toList().size();
        assertEquals(Describer.MAX_INCOMING, incoming, "incoming links are bounded");
        // Provenance: the passage, its source, its quote selector with the exact text.
        Node passage = NodeFactory.createURI(base + PASSAGE);
        Node oa = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");
        assertTrue(g.contains(passage, oa, NodeFactory.createURI(base + DOCUMENT)));
        Node exact = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
        String quoted = g.find(NodeFactory.createURI(base + PASSAGE + "#quote"), exact, Node.ANY).next().getObject()
                .getLiteralLexicalForm();
        assertTrue(quoted.contains("Entry/Exit System (EES)"), quoted);
        assertTrue(g.contains(NodeFactory.createURI(base + DOCUMENT), NodeFactory.createURI("http://purl.org/dc/terms/issued"),
                Node.ANY), "the source's date");
    }

    @Test
    void theOntologyIsServedWholeNotAsABoundedDescription() throws Exception {
        Graph file = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.layout().ontologyDir().resolve("migration.ttl")).base(server.base()).lang(Lang.TURTLE)
                .parse(file);
        for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            HttpResponse<String> r = get("ontology", "Accept", accept);
            Graph served = parse(r.body(), header(r, "Content-Type"));
            assertTrue(served.isIsomorphicWith(file) || served.size() >= file.size(),
                    accept + ": " + served.size() + " of " + file.size() + " triples");
            assertEquals(file.size() + 1, served.size(), accept + ": the file and the owl:versionIRI of this release");
        }
    }

    @Test
    void behindAProxyTheRequestPathIsReadAgainstThePublicBase() throws Exception {
        String base = "https://example.org/kg/";
        try (RunningServer proxied = RunningServer.start(TestProject.withoutSourceText(), base, a -> Fixtures.add(a, Fixtures.LINKED_DATA))) {
            HttpResponse<String> r = proxied.get(EES, "text/turtle");
            assertEquals(200, r.statusCode());
            Graph g = parse(r.body(), header(r, "Content-Type"));
            assertTrue(g.contains(NodeFactory.createURI(base + EES), Node.ANY, Node.ANY));
            assertEquals(200, proxied.get("ontology", "application/rdf+xml").statusCode());
            assertEquals(404, proxied.get("kg/" + EES, "text/turtle").statusCode(),
                    "the proxy strips the base path; the server does not serve it twice");
        }
    }
}
