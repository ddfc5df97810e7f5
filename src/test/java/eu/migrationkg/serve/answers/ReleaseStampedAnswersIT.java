package eu.migrationkg.serve.answers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.ReloadingServer;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers carry an entity tag of release, request and format, are answered 304 when the client holds
 * them and from the cache when asked again, and a query result names its citation, which gives the
 * same bytes; a reload to another release changes the release header and every tag.
 */
class ReleaseStampedAnswersIT {

    static final String QUERY = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s LIMIT 5";
    private static final Pattern CITE_AS = Pattern.compile("<([^>]+)>;\\s*rel=\"cite-as\"");

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    static String sparql(String query) {
        return "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** A resource of the graph with a label, as its path on the server (the base is never written here). */
    private static String resourcePath() throws Exception {
        HttpResponse<String> r = server.get(sparql("SELECT ?s WHERE { ?s a ?type"
                + " FILTER(STRSTARTS(STR(?s), \"" + server.base() + "id/\")) } ORDER BY ?s LIMIT 1"), "text/csv");
        String iri = r.body().lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertTrue(iri.startsWith(server.base()), iri);
        return iri.substring(server.base().length());
    }

    private List<String> routes() throws Exception {
        return List.of(sparql(QUERY), "query?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8),
                "api/queries/instruments", "queries/instruments", resourcePath(), "search?q=return",
                // The picture pages and their JSON routes, worked out once per release and address.
                "explore", "explore/find?q=border", "timeline?from=2026", "figures");
    }

    @Test
    void everyRouteTagsItsAnswerWithTheReleaseAndAnswersTheTagWith304() throws Exception {
        String release = server.store().release().value();
        for (String route : routes()) {
            HttpResponse<String> first = server.get(route, null);
            assertEquals(200, first.statusCode(), route);
            assertEquals(release, first.headers().firstValue("X-KG-Release").orElseThrow(), route);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(route + ": no ETag"));
            assertTrue(etag.startsWith("\"" + release + "-"), route + ": " + etag);
            HttpResponse<String> again = server.send("GET", route, null, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), route);
            assertEquals("", again.body(), route);
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), route);
            HttpResponse<String> other = server.send("GET", route, null, "If-None-Match", "\"someone-else\"");
            assertEquals(200, other.statusCode(), route);
            assertEquals(first.body(), other.body(), route);
        }
    }

    @Test
    void theTagNamesTheFormat() throws Exception {
        String json = server.get(sparql(QUERY), "application/sparql-results+json").headers().firstValue("ETag").orElseThrow();
        String csv = server.get(sparql(QUERY), "text/csv").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(json, csv);
    }

    @Test
    void theSameQuerySpelledDifferentlyIsOneAnswer() throws Exception {
        String spaced = "# the same query\nSELECT  ?s ?label\nWHERE {\n  ?s <http://www.w3.org/2000/01/rdf-schema#label>   ?label\n}\nORDER BY ?s LIMIT 5\n";
        HttpResponse<String> a = server.get(sparql(QUERY), "text/csv");
        HttpResponse<String> b = server.get(sparql(spaced), "text/csv");
        assertEquals(a.headers().firstValue("ETag"), b.headers().firstValue("ETag"));
        assertEquals(a.body(), b.body());
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheAndCounted() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } # " + System.nanoTime();
        double hits = metric("cache_gets_total{cache=\"kg_answers\",result=\"hit\"}");
        double misses = metric("cache_gets_total{cache=\"kg_answers\",result=\"miss\"}");
        HttpResponse<String> first = server.get(sparql(query), "text/csv");
        HttpResponse<String> second = server.get(sparql(query), "text/csv");
        assertEquals(first.body(), second.body());
        assertTrue(metric("cache_gets_total{cache=\"kg_answers\",result=\"miss\"}") >= misses + 1);
        assertTrue(metric("cache_gets_total{cache=\"kg_answers\",result=\"hit\"}") >= hits + 1);
    }

    @Test
    void errorsAreNeitherTaggedNorKept() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = server.get("sparql?query=NOT+SPARQL", "application/sparql-results+json");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.headers().firstValue("ETag").isEmpty(), "an error carries no ETag");
        }
        HttpResponse<String> missing = server.get("api/queries/instruments?limit=-3", null);
        assertEquals(400, missing.statusCode());
        assertTrue(missing.headers().firstValue("ETag").isEmpty());
    }

    @Test
    void aResultNamesItsCitationWhichGivesTheSameBytes() throws Exception {
        for (String route : List.of(sparql(QUERY), "api/queries/instruments?format=csv")) {
            HttpResponse<byte[]> r = server.getBytes(route, "Accept", "text/csv");
            String link = r.headers().allValues("Link").stream().filter(l -> l.contains("cite-as")).findFirst()
                    .orElseThrow(() -> new AssertionError(route + ": no cite-as link"));
            Matcher m = CITE_AS.matcher(link);
            assertTrue(m.find(), link);
            String cite = m.group(1);
            assertTrue(cite.startsWith(server.url() + "cite/" + server.store().release().value() + "/"), cite);
            assertTrue(cite.contains("as=text%2Fcsv"), cite);
            HttpResponse<byte[]> cited = server.http().send(HttpRequest.newBuilder(URI.create(cite))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, cited.statusCode(), cite);
            assertArrayEquals(r.body(), cited.body(), cite);
            assertTrue(cited.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        }
    }

    @Test
    void aCitationOfAnotherReleaseIsGoneAndSaysWhatItWas() throws Exception {
        String path = "cite/0123456789abcdef/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
                + "&as=text%2Fcsv";
        HttpResponse<String> r = server.get(path, "text/plain");
        assertEquals(410, r.statusCode());
        assertTrue(r.body().contains("0123456789abcdef"), r.body());
        assertTrue(r.body().contains("as text/csv"), r.body());
        assertTrue(r.body().contains(server.store().release().value()), r.body());
        assertEquals(404, server.get("cite/nothing", "text/plain").statusCode());
    }

    @Test
    void aReloadToANewReleaseChangesTheReleaseAndEveryTag(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = ReloadingServer.start(project, true, false)) {
            String route = sparql(QUERY);
            HttpResponse<String> before = s.get(route, "text/csv");
            String etag = before.headers().firstValue("ETag").orElseThrow();
            Files.writeString(project.resolve("data/sources/added-for-release-test.md"), ReloadingServer.NEW_SOURCE);
            assertEquals(200, ReloadingServer.reload(s, ReloadingServer.TOKEN).statusCode());
            HttpResponse<String> after = s.send("GET", route, null, "Accept", "text/csv", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old tag no longer matches");
            assertNotEquals(before.headers().firstValue("X-KG-Release"), after.headers().firstValue("X-KG-Release"));
            String newTag = after.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(etag, newTag);
            assertTrue(newTag.startsWith("\"" + s.store().release().value() + "-"), newTag);
            assertFalse(newTag.contains(before.headers().firstValue("X-KG-Release").orElseThrow()));
        }
    }

    private static double metric(String series) throws Exception {
        String name = series.substring(0, series.indexOf('{'));
        List<String> labels = List.of(series.substring(series.indexOf('{') + 1, series.length() - 1).split(","));
        String page = server.get("$/metrics", "text/plain").body();
        for (String line : page.lines().toList()) {
            if (line.startsWith(name + "{") && labels.stream().allMatch(line::contains)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + series + " in /$/metrics:\n" + page.lines().filter(l -> l.contains("cache"))
                .reduce("", (a, b) -> a + b + "\n"));
    }
}
