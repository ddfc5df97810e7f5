package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.support.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The W3C SPARQL protocol at /sparql over real HTTP: result formats, read-only, errors, ping. */
class SparqlProtocolIT {

    private static final String SELECT = "PREFIX dct: <http://purl.org/dc/terms/> "
            + "SELECT ?doc ?title WHERE { ?doc dct:title ?title } ORDER BY ?doc";
    private static final String CONSTRUCT = "PREFIX dct: <http://purl.org/dc/terms/> "
            + "CONSTRUCT { ?doc dct:title ?title ; dct:issued ?d } WHERE { ?doc dct:title ?title ; dct:issued ?d }";

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static String q(String query) {
        return "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static int localRowCount(String query) {
        return Txn.calculateRead(server.store().dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(QueryFactory.create(query), server.store().dataset())) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }

    private static long localConstructSize(String query) {
        return Txn.calculateRead(server.store().dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(QueryFactory.create(query), server.store().dataset())) {
                return qe.execConstruct().size();
            }
        });
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
            "application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void selectAnswersInEveryResultFormat(String accept, String langName) throws Exception {
        HttpResponse<String> r = server.get(q(SELECT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Lang lang = switch (langName) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        int rows = ResultSetFormatter.consume(rs);
        assertTrue(rows >= 2, "both sources have a title");
        assertEquals(localRowCount(SELECT), rows);
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({
            "text/turtle, TTL",
            "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML",
            "application/n-triples, NT"})
    void constructAnswersInEveryRdfFormat(String accept, String langName) throws Exception {
        HttpResponse<String> r = server.get(q(CONSTRUCT), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Lang lang = switch (langName) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        assertEquals(localConstructSize(CONSTRUCT), g.size());
        assertTrue(g.size() >= 4);
    }

    @Test
    void queryByPostInBothForms() throws Exception {
        HttpResponse<String> direct = server.post("sparql", "application/sparql-query", SELECT,
                "application/sparql-results+json");
        HttpResponse<String> form = server.post("sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8), "application/sparql-results+json");
        for (HttpResponse<String> r : new HttpResponse[] {direct, form}) {
            assertEquals(200, r.statusCode(), r.body());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            assertEquals(localRowCount(SELECT), ResultSetFormatter.consume(rs));
        }
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        String before = checksum();
        long triples = server.store().assembled().tripleCount();
        String update = "INSERT DATA { <http://example.org/s> <http://example.org/p> \"o\" }";
        String drop = "DROP ALL";
        for (String u : new String[] {update, drop}) {
            HttpResponse<String> direct = server.post("sparql", "application/sparql-update", u, null);
            assertClientError(direct);
            HttpResponse<String> form = server.post("sparql", "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(u, StandardCharsets.UTF_8), null);
            assertClientError(form);
            HttpResponse<String> other = server.post("update", "application/sparql-update", u, null);
            assertClientError(other);
        }
        HttpResponse<String> gsp = server.post("data?default", "text/turtle",
                "<http://example.org/s> <http://example.org/p> \"o\" .", null);
        assertClientError(gsp);
        assertEquals(before, checksum());
        long after = Txn.calculateRead(server.store().dataset(),
                () -> server.store().dataset().getDefaultGraph().size());
        assertEquals(triples, after);
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                "expected a 4xx refusal, got " + r.statusCode() + ": " + r.body());
    }

    private static String checksum() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(server.store().dataset(), () -> {
            try {
                DumpWriter.writeNQuads(server.store().dataset(), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    }

    @Test
    void malformedQueryGives400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = server.get(q("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
    }

    @Test
    void pingAnswers() throws Exception {
        HttpResponse<String> r = server.get("$/ping", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().strip().startsWith("20"), "ping answers with the server time: " + r.body());
    }

    @Test
    void askOverTheWholeGraphIsTrue() throws Exception {
        HttpResponse<String> r = server.get("sparql?query=ASK%7B?s%20?p%20?o%7D", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
    }
}
