package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.ProjectLayout;
import eu.migrationkg.queries.Page;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.queries.QueryRunner;
import eu.migrationkg.support.QueryFixture;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The saved-query REST API over real HTTP, on the model-shaped fixture so that every form returns rows. */
class SavedQueryApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.layout(), null, QueryFixture::replaceContent);
    }

    private static QueryRegistry registry() {
        return QueryRegistry.load(TestProject.layout(), server.base());
    }

    private static HttpResponse<String> get(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        if (ifNoneMatch != null) b.header("If-None-Match", ifNoneMatch);
        return server.http().send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<QuerySolution> rows(String body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static int localRows(String id, Map<String, String> values) throws Exception {
        var q = registry().get(id).orElseThrow();
        QueryResult r = QueryRunner.local(server.store().dataset()).run(q.bind(values), Page.ALL);
        return ((QueryResult.Rows) r).rows().size();
    }

    @Test
    void theListDescribesEveryQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = get("api/queries", null, null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode queries = JSON.readTree(r.body()).get("queries");
        assertEquals(registry().all().size(), queries.size());
        JsonNode instruments = null;
        for (JsonNode q : queries) {
            assertFalse(q.get("summary").asText().isEmpty());
            if (q.get("id").asText().equals("instruments")) instruments = q;
        }
        assertTrue(instruments != null);
        JsonNode status = null;
        for (JsonNode p : instruments.get("parameters")) if (p.get("name").asText().equals("status")) status = p;
        assertEquals("IRI", status.get("type").asText());
        assertEquals(5, status.get("allowed").size());
        assertEquals(server.url() + "api/queries/instruments", instruments.get("api").asText());
    }

    @ParameterizedTest(name = "SELECT by Accept {0}")
    @CsvSource({
            "application/sparql-results+json, RS_JSON",
            "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV",
            "text/tab-separated-values, RS_TSV"})
    void aSelectAnswersInEveryResultFormatByAccept(String accept, String lang) throws Exception {
        HttpResponse<String> r = get("api/queries/funding", accept, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertEquals(3, rows(r.body(), lang(lang)).size());
    }

    @ParameterizedTest(name = "SELECT with format={0}")
    @CsvSource({"json, RS_JSON", "xml, RS_XML", "csv, RS_CSV", "tsv, RS_TSV"})
    void formatParameterWinsOverAccept(String format, String lang) throws Exception {
        HttpResponse<String> r = get("api/queries/funding?format=" + format, "text/turtle", null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(3, rows(r.body(), lang(lang)).size());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("funding."));
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    @Test
    void textFormatsAreThereForPeople() throws Exception {
        HttpResponse<String> md = get("api/queries/milestones-per-year?format=md", null, null);
        assertEquals("| year | milestones |\n|---|---|\n| 2026 | 2 |\n| 2027 | 1 |\n", md.body());
        HttpResponse<String> table = get("api/queries/milestones-per-year", "text/plain", null);
        assertTrue(table.body().contains("| year | milestones |"), table.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TTL", "application/n-triples, NT", "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML"})
    void aConstructAnswersInRdf(String accept, String lang) throws Exception {
        HttpResponse<String> r = get("api/queries/strategy-outline", accept, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), switch (lang) {
            case "TTL" -> Lang.TURTLE;
            case "NT" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        }).parse(g);
        var q = registry().get("strategy-outline").orElseThrow();
        var local = (QueryResult.Triples) QueryRunner.local(server.store().dataset()).run(q.bind(Map.of()), Page.ALL);
        assertTrue(g.size() > 20);
        assertTrue(g.isIsomorphicWith(local.graph()));
    }

    @Test
    void aConstructByDefaultIsTurtleAndAnAskIsABoolean() throws Exception {
        HttpResponse<String> ttl = get("api/queries/strategy-outline", null, null);
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> ask = get("api/queries/mentioned-in-document", null, null);
        assertTrue(ask.body().contains("\"boolean\" : true"), ask.body());
        HttpResponse<String> no = get("api/queries/mentioned-in-document?document=source:fixture-page&resource="
                + enc("instrument:amif"), null, null);
        assertTrue(no.body().contains("\"boolean\" : false"), no.body());
    }

    @Test
    void parametersNarrowTheResult() throws Exception {
        assertEquals(1, rows(get("api/queries/milestones-by-year?year=2027", "text/csv", null).body(),
                ResultSetLang.RS_CSV).size());
        assertEquals(1, rows(get("api/queries/instruments?status=mig:adopted", "text/csv", null).body(),
                ResultSetLang.RS_CSV).size());
        assertEquals(1, rows(get("api/queries/funding?minimum=1000000000", "text/csv", null).body(),
                ResultSetLang.RS_CSV).size());
        String full = enc(server.base() + "id/instrument/amif");
        assertEquals(1, rows(get("api/queries/what-sources-say?resource=" + full, "text/csv", null).body(),
                ResultSetLang.RS_CSV).size());
    }

    @Test
    void pagesFollowTheirLinksAndAddUpToTheWholeResult() throws Exception {
        int total = localRows("single-source-resources", Map.of());
        assertTrue(total > 20);
        List<String> seen = new ArrayList<>();
        String next = "api/queries/single-source-resources?format=csv&limit=10";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = get(next, null, null);
            assertEquals(200, r.statusCode(), r.body());
            List<QuerySolution> page = rows(r.body(), ResultSetLang.RS_CSV);
            assertTrue(page.size() <= 10);
            page.forEach(s -> seen.add(s.get("resource").toString()));
            String link = r.headers().firstValue("Link").orElse("");
            if (pages > 0) {
                assertTrue(link.contains("rel=\"prev\"") && link.contains("rel=\"first\""), link);
            }
            Matcher m = Pattern.compile("<([^>]*)>; rel=\"next\"").matcher(link);
            next = m.find() ? "api/queries/" + m.group(1) : null;
            pages++;
        }
        assertEquals((total + 9) / 10, pages);
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count(), "no row on two pages");
        HttpResponse<String> last = get("api/queries/single-source-resources?format=csv&limit=10&offset=" + (total - 1),
                null, null);
        assertEquals(1, rows(last.body(), ResultSetLang.RS_CSV).size());
        assertFalse(last.headers().firstValue("Link").orElse("").contains("next"));
    }

    @Test
    void anUnchangedResultIsNotSentTwice() throws Exception {
        HttpResponse<String> first = get("api/queries/funding", null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("api/queries/funding", null, etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> same = get("api/queries/funding?minimum=1", null, etag);
        assertEquals(200, same.statusCode(), "the ETag names release, request and format (issue 19): another request has its own");
        HttpResponse<String> other = get("api/queries/funding?minimum=1000000000", null, etag);
        assertEquals(200, other.statusCode());
        HttpResponse<String> csv = get("api/queries/funding?format=csv", null, null);
        assertNotEquals(etag, csv.headers().firstValue("ETag").orElseThrow(), "each format has its own ETag");
    }

    private static JsonNode problem(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, null, null);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(r.body().contains("\tat "), "no stack trace");
        return JSON.readTree(r.body());
    }

    @Test
    void badRequestsSayWhichParameterAndWhy() throws Exception {
        JsonNode year = problem("api/queries/milestones-by-year?year=soon", 400);
        assertEquals("year", year.get("parameter").asText());
        assertEquals("'soon' is not a valid xsd:integer", year.get("reason").asText());
        assertEquals("colour", problem("api/queries/funding?colour=red", 400).get("parameter").asText());
        assertEquals("format", problem("api/queries/funding?format=ttl", 400).get("parameter").asText());
        assertEquals("format", problem("api/queries/funding?format=pdf", 400).get("parameter").asText());
        assertEquals("limit", problem("api/queries/funding?limit=-1", 400).get("parameter").asText());
        assertEquals("limit", problem("api/queries/funding?limit=10001", 400).get("parameter").asText());
        assertEquals("offset", problem("api/queries/funding?offset=x", 400).get("parameter").asText());
        assertEquals("limit", problem("api/queries/strategy-outline?limit=5", 400).get("parameter").asText());
        assertEquals("year", problem("api/queries/milestones-by-year?year=1&year=2", 400).get("parameter").asText());
        assertEquals("status", problem("api/queries/instruments?status=mig:cancelled", 400).get("parameter").asText());
        assertTrue(problem("api/queries/no-such-query", 404).get("detail").asText().contains("no saved query"));
    }

    @Test
    void aMissingRequiredValueIs400NamingTheParameter(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("queries/needs-a-year.rq"), """
                #+ summary: Needs a year
                SELECT ?year WHERE { BIND(?_year_integer + 0 AS ?year) } ORDER BY ?year
                """);
        try (RunningServer copy = RunningServer.start(ProjectLayout.discover(root))) {
            HttpResponse<String> r = copy.get("api/queries/needs-a-year", null);
            assertEquals(400, r.statusCode(), r.body());
            JsonNode p = JSON.readTree(r.body());
            assertEquals("year", p.get("parameter").asText());
            assertEquals("is required: give an integer", p.get("reason").asText());
            HttpResponse<String> given = copy.get("api/queries/needs-a-year?year=2026&format=csv", null);
            assertEquals("year\r\n2026\r\n", given.body());
        }
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "\"", "'", "x\" } ; DROP ALL ; #", "} ; DROP ALL", "{ ?s ?p ?o }", "> } ; DROP ALL #",
            "http://example.org/a b", "http://example.org/a>{", "<http://example.org/a>", "http://example.org/a\"}"})
    void injectionIntoAnIriParameterIsRefusedAndChangesNothing(String attempt) throws Exception {
        long before = server.store().dataset().getDefaultGraph().size();
        JsonNode p = problem("api/queries/what-sources-say?resource=" + enc(attempt), 400);
        assertEquals("resource", p.get("parameter").asText());
        assertEquals(before, server.store().dataset().getDefaultGraph().size());
    }

    @ParameterizedTest(name = "a literal: {0}")
    @ValueSource(strings = {"x\" } ; DROP ALL ; #", "} UNION { ?s ?p ?o }", "') . ?s ?p ?o #", "\\\" ?s"})
    void injectionIntoATextParameterIsSearchedForLiterally(String attempt) throws Exception {
        HttpResponse<String> r = get("api/queries/search?format=csv&text=" + enc(attempt), null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, rows(r.body(), ResultSetLang.RS_CSV).size(), "nothing contains " + attempt);
    }

    @Test
    void quotesInATextParameterAreFoundAsText() throws Exception {
        HttpResponse<String> r = get("api/queries/search?format=csv&text=" + enc("\"We will"), null, null);
        assertEquals(1, rows(r.body(), ResultSetLang.RS_CSV).size(), r.body());
    }

    @Test
    void sameRowsAsTheQueryRunInProcess() throws Exception {
        for (var q : registry().all()) {
            if (!q.template().isSelectType()) continue;
            HttpResponse<String> r = get("api/queries/" + q.id(), "application/sparql-results+json", null);
            assertEquals(200, r.statusCode(), q.id() + ": " + r.body());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            assertEquals(localRows(q.id(), Map.of()), ResultSetFormatter.consume(rs), q.id());
        }
    }
}
