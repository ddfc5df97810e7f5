package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RdfFetch;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.vocab.Vocab;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VoID + DCAT description at /dataset and /.well-known/void: it parses, and every count, size and
 * checksum it states agrees with what the server itself answers (SPARQL counts, downloaded dumps).
 */
class DatasetDescriptionIT {

    private static final String VOID = Vocab.VOID;
    private static final String DCAT = Vocab.DCAT;
    private static final String DCT = Vocab.DCT;

    @TempDir static Path dir;
    @AutoClose
    private static RunningServer server;
    private static Graph description;
    private static Node dataset;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(FixtureProject.projectWith(dir, FixtureProject.PASSAGE_FILE));
        description = RdfFetch.fetch(server, "dataset", "text/turtle");
        dataset = NodeFactory.createURI(server.base() + "dataset");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Node> all(Node s, String p) {
        return description.find(s, uri(p), Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    private static Node one(Node s, String p) {
        List<Node> found = all(s, p);
        assertEquals(1, found.size(), s + " " + p + ": " + found);
        return found.getFirst();
    }

    private static long number(Node s, String p) {
        return Long.parseLong(one(s, p).getLiteralLexicalForm());
    }

    /** A count computed by the endpoint itself, independently of the description's code. */
    private static long count(String where) throws Exception {
        return select("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").getFirst().getLiteral("n").getLong();
    }

    private static List<QuerySolution> select(String query) throws Exception {
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new java.util.ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void wellKnownVoidAndDatasetGiveTheSameDescriptionInEveryFormat(String accept) throws Exception {
        Graph viaDataset = RdfFetch.fetch(server, "dataset", accept);
        Graph viaWellKnown = RdfFetch.fetch(server, ".well-known/void", accept);
        assertTrue(viaDataset.isIsomorphicWith(viaWellKnown));
        assertTrue(viaDataset.isIsomorphicWith(description));
    }

    @Test
    void aClientHoldingTheDescriptionGets304() throws Exception {
        HttpResponse<String> r = server.get("dataset", "text/turtle");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        var again = server.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "dataset"))
                .header("Accept", "text/turtle").header("If-None-Match", etag).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void isAVoidAndDcatDatasetWithTitleLicencePublisherAndSources() {
        Set<Node> types = Set.copyOf(all(dataset, Vocab.RDF + "type"));
        assertTrue(types.contains(uri(VOID + "Dataset")) && types.contains(uri(DCAT + "Dataset")), types::toString);
        assertFalse(one(dataset, DCT + "title").getLiteralLexicalForm().isBlank());
        assertFalse(one(dataset, DCT + "description").getLiteralLexicalForm().isBlank());
        assertEquals(uri("https://creativecommons.org/licenses/by/4.0/"), one(dataset, DCT + "license"));
        Node publisher = one(dataset, DCT + "publisher");
        assertFalse(one(publisher, Vocab.FOAF + "name").getLiteralLexicalForm().isBlank());
        assertEquals(Set.of(uri("https://ec.europa.eu/commission/presscorner/detail/en/ip_26_233"),
                uri("https://commission.europa.eu/topics/migration-and-asylum_en")), Set.copyOf(all(dataset, DCT + "source")));
        assertEquals(uri(server.url() + "sparql"), one(dataset, VOID + "sparqlEndpoint"));
        assertEquals(server.base() + "id/", one(dataset, VOID + "uriSpace").getLiteralLexicalForm());
    }

    @Test
    void statesTrueCounts() throws Exception {
        assertEquals(count("?s ?p ?o"), number(dataset, VOID + "triples"));
        assertEquals(count("SELECT DISTINCT ?s { ?s ?p ?o }"), number(dataset, VOID + "distinctSubjects"));
        assertEquals(count("SELECT DISTINCT ?o { ?s ?p ?o }"), number(dataset, VOID + "distinctObjects"));
        assertEquals(count("SELECT DISTINCT ?p { ?s ?p ?o }"), number(dataset, VOID + "properties"));
        assertEquals(count("SELECT DISTINCT ?c { ?s a ?c }"), number(dataset, VOID + "classes"));
        assertEquals(count("SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + server.base() + "id/\")) }"),
                number(dataset, VOID + "entities"));
        List<Node> classes = all(dataset, VOID + "classPartition");
        assertEquals(number(dataset, VOID + "classes"), classes.size());
        for (Node part : classes) {
            Node c = one(part, VOID + "class");
            assertEquals(count("SELECT DISTINCT ?s { ?s a <" + c.getURI() + "> }"), number(part, VOID + "entities"), c::toString);
        }
        List<Node> properties = all(dataset, VOID + "propertyPartition");
        assertEquals(number(dataset, VOID + "properties"), properties.size());
        for (Node part : properties) {
            Node p = one(part, VOID + "property");
            assertEquals(count("?s <" + p.getURI() + "> ?o"), number(part, VOID + "triples"), p::toString);
        }
    }

    @Test
    void linksToOtherDatasetsAreCountedAsLinksets() throws Exception {
        List<Node> linksets = all(dataset, VOID + "subset").stream()
                .filter(s -> description.contains(s, uri(Vocab.RDF + "type"), uri(VOID + "Linkset"))).toList();
        assertFalse(linksets.isEmpty(), "the curated data link to Wikidata and ELI");
        long total = 0;
        for (Node l : linksets) {
            Node predicate = one(l, VOID + "linkPredicate");
            String space = one(one(l, VOID + "objectsTarget"), VOID + "uriSpace").getLiteralLexicalForm();
            assertEquals(dataset, one(l, VOID + "subjectsTarget"));
            long stated = number(l, VOID + "triples");
            assertEquals(count("?s <" + predicate.getURI() + "> ?o FILTER(STRSTARTS(STR(?s), \"" + server.base()
                    + "\") && STRSTARTS(STR(?o), \"" + space + "\"))"), stated, predicate + " " + space);
            total += stated;
        }
        assertTrue(linksets.stream().anyMatch(l -> one(one(l, VOID + "objectsTarget"), VOID + "uriSpace")
                .getLiteralLexicalForm().equals("http://www.wikidata.org/entity/")));
        assertEquals(count("?s ?p ?o VALUES ?p { <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.w3.org/2004/02/skos/core#closeMatch> } "
                + "FILTER(isIRI(?o) && STRSTARTS(STR(?s), \"" + server.base() + "\") && !STRSTARTS(STR(?o), \""
                + server.base() + "\"))"), total, "every outgoing link is in one linkset");
    }

    @Test
    void everyDumpIsDownloadableWithTheStatedSizeAndChecksum() throws Exception {
        List<Node> dumps = all(dataset, VOID + "dataDump");
        assertEquals(Set.of(uri(server.url() + "dumps/dataset.nq.gz"), uri(server.url() + "dumps/dataset.ttl.gz")),
                Set.copyOf(dumps));
        for (Node dump : dumps) {
            assertTrue(all(dataset, DCAT + "distribution").contains(dump));
            assertEquals(dump, one(dump, DCAT + "downloadURL"));
            assertEquals(uri(Vocab.IANA_MEDIA_TYPES + "application/gzip"), one(dump, DCAT + "compressFormat"));
            assertEquals(one(dataset, DCT + "license"), one(dump, DCT + "license"));
            HttpResponse<byte[]> r = server.getBytes(dump.getURI().substring(server.url().length()));
            assertEquals(200, r.statusCode());
            assertEquals(r.body().length, number(dump, DCAT + "byteSize"));
            Node checksum = one(dump, Vocab.SPDX + "checksum");
            assertEquals(uri(Vocab.SPDX + "checksumAlgorithm_sha256"), one(checksum, Vocab.SPDX + "algorithm"));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())),
                    one(checksum, Vocab.SPDX + "checksumValue").getLiteralLexicalForm());
        }
    }

    @Test
    void browsersGetAValidPageWithTheSameCounts() throws Exception {
        for (String path : new String[] {"dataset", ".well-known/void"}) {
            HttpResponse<String> r = server.get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals(List.of(), Html5.problems(r.body()));
            HtmlPage page = HtmlPage.parse(r.body());
            String text = page.text();
            assertTrue(text.contains(one(dataset, DCT + "title").getLiteralLexicalForm()));
            assertTrue(text.matches(".*Statements ?" + number(dataset, VOID + "triples") + " .*"), text);
            for (Node dump : all(dataset, VOID + "dataDump")) {
                Node checksum = one(one(dump, Vocab.SPDX + "checksum"), Vocab.SPDX + "checksumValue");
                assertTrue(text.contains(checksum.getLiteralLexicalForm()));
            }
            assertEquals(number(dataset, VOID + "classes"), countRows(page, 0), "a row per class");
            assertEquals(number(dataset, VOID + "properties"), countRows(page, 1), "a row per property");
        }
    }

    private static long countRows(HtmlPage page, int table) {
        var body = (org.w3c.dom.Element) page.elements("table").get(table).getElementsByTagName("tbody").item(0);
        return body.getElementsByTagName("tr").getLength();
    }

    @Test
    void theSparqlEndpointAndGraphStoreAreDataServices() {
        for (String path : new String[] {"sparql", "data"}) {
            Node service = uri(server.url() + path);
            assertTrue(description.contains(service, uri(Vocab.RDF + "type"), uri(DCAT + "DataService")));
            assertEquals(service, one(service, DCAT + "endpointURL"));
            assertEquals(dataset, one(service, DCAT + "servesDataset"));
            assertTrue(description.contains(Node.ANY, uri(DCAT + "accessService"), service));
        }
    }
}
