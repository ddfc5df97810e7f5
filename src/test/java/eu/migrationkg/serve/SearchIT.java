package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Full-text search over real HTTP: /search as JSON, and text:query inside SPARQL at /sparql. */
class SearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Occurs in the fixture's source sentence and nowhere in the labels of the resource it mentions. */
    private static final String SENTENCE_WORD = "advanced";

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

    private static JsonNode search(String q) throws Exception {
        HttpResponse<String> r = server.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static List<String> iris(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("results").forEach(r -> out.add(r.get("iri").asText()));
        return out;
    }

    @Test
    void findsAResourceByAWordThatOccursOnlyInItsSourceSentence() throws Exception {
        String resource = server.base() + FixtureProject.PASSAGE_RESOURCE;
        Node node = NodeFactory.createURI(resource);
        List<String> labels = Txn.calculateRead(server.store().dataset(), () -> server.store().dataset()
                .getDefaultGraph().find(node, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertFalse(labels.isEmpty());
        assertTrue(labels.stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains(SENTENCE_WORD)), labels::toString);

        JsonNode answer = search(SENTENCE_WORD);
        assertTrue(iris(answer).contains(resource), answer::toString);
        JsonNode hit = answer.get("results").get(iris(answer).indexOf(resource));
        assertEquals("Entry/Exit System", hit.get("label").asText());
        JsonNode match = hit.get("matches").get(0);
        assertEquals("text", match.get("field").asText());
        assertEquals(server.base() + FixtureProject.PASSAGE, match.get("passage").asText());
        assertEquals(server.base() + "id/source/ip-26-233", match.get("document").asText());
        assertEquals("2026-01-29", match.get("documentDate").asText());
        String text = match.get("text").asText();
        assertTrue(text.startsWith("- Deliver the world's most advanced digital"), "the text as stored, Markdown and all: " + text);
        JsonNode span = match.get("highlights").get(0);
        assertEquals(SENTENCE_WORD, text.substring(span.get(0).asInt(), span.get(1).asInt()));
    }

    @ParameterizedTest(name = "label search: {0}")
    @ValueSource(strings = {"EES", "ees", "entry exit", "\"Entry/Exit System\"", "systeme d'entree", "Entr*"})
    void labelsMatchIgnoringCaseAndAccentsWithPhrasesAndPrefixes(String q) throws Exception {
        JsonNode answer = search(q);
        String resource = server.base() + FixtureProject.PASSAGE_RESOURCE;
        assertTrue(iris(answer).contains(resource), q + " -> " + answer);
        JsonNode hit = answer.get("results").get(iris(answer).indexOf(resource));
        assertTrue(hit.get("types").toString().contains("InformationSystem"), hit::toString);
    }

    @Test
    void everyWordIsRequired() throws Exception {
        assertTrue(iris(search(SENTENCE_WORD + " roll-out")).contains(server.base() + FixtureProject.PASSAGE_RESOURCE));
        assertEquals(0, search(SENTENCE_WORD + " zanzibar").get("total").asInt());
    }

    @Test
    void documentTitlesAreSearchable() throws Exception {
        JsonNode answer = search("five-year strategy");
        assertTrue(iris(answer).contains(server.base() + "id/source/ip-26-233"), answer::toString);
    }

    @Test
    void pagingReportsTheTotal() throws Exception {
        JsonNode all = search("migration");
        int total = all.get("total").asInt();
        assertTrue(total >= 2, all::toString);
        HttpResponse<String> r = server.get("search?q=migration&limit=1&offset=1", "application/json");
        JsonNode second = JSON.readTree(r.body());
        assertEquals(total, second.get("total").asInt());
        assertEquals(1, second.get("results").size());
        assertEquals(iris(all).get(1), iris(second).get(0));
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {"search", "search?q=", "search?q=%22(%20*", "search?q=x&limit=0", "search?q=x&limit=abc",
            "search?q=x&offset=-1"})
    void badInputIs400WithAReadableMessage(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "application/json");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertFalse(body.get("error").asText().isBlank());
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @ParameterizedTest(name = "Lucene syntax is taken literally: {0}")
    @ValueSource(strings = {"AND", "foo OR", "title:(x", "a\\", "[1 TO", "~!^{}x", "migration -asylum", "*x*", "-x-*"})
    void luceneSyntaxNeverBreaksTheQuery(String q) throws Exception {
        JsonNode answer = search(q);
        assertTrue(answer.get("results").isArray(), answer::toString);
        for (String iri : iris(answer)) {
            assertTrue(iri.startsWith(server.base()), "only this dataset's resources are found: " + iri);
        }
    }

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void browsersGetAValidPageWithTheSentenceAndTheWordMarked() throws Exception {
        HttpResponse<String> r = server.get("search?q=" + SENTENCE_WORD, BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(List.of(), Html5.problems(r.body()));
        HtmlPage page = HtmlPage.parse(r.body());
        assertTrue(page.references().contains(FixtureProject.PASSAGE_RESOURCE), page.references()::toString);
        assertTrue(page.references().contains(FixtureProject.PASSAGE));
        List<String> marked = page.elements("mark").stream().map(e -> e.getTextContent()).toList();
        assertTrue(marked.contains(SENTENCE_WORD), marked::toString);
        Element quote = page.elements("blockquote").stream().filter(b -> b.getTextContent()
                .startsWith("Deliver the world's most advanced")).findFirst().orElseThrow(() -> new AssertionError(
                        "the sentence without its list marker: " + page.elements("blockquote").stream().map(page::text).toList()));
        assertFalse(quote.getTextContent().contains("**"), "no Markdown markers: " + quote.getTextContent());
        List<String> strong = new ArrayList<>();
        for (int i = 0; i < quote.getElementsByTagName("strong").getLength(); i++) strong.add(quote.getElementsByTagName("strong").item(i).getTextContent());
        assertEquals(List.of("Entry/Exit System (EES)", "European Travel Information Authorisation System (ETIAS)"), strong,
                "the source's emphasis as emphasis");
        String editor = page.references().stream().filter(h -> h.startsWith("sparql#query=")).findFirst().orElseThrow();
        assertTrue(editor.contains("text%3Aquery"), editor);
    }

    @Test
    void whatWasTypedIsEscapedEverywhereItIsEchoed() throws Exception {
        String typed = "<script>alert(1)</script> \"&amp; x' onmouseover='y";
        for (String path : List.of("search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8),
                "search?limit=0&q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8))) {
            HttpResponse<String> r = server.get(path, BROWSER);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + "");
            assertFalse(r.body().contains("<script>alert"), r.body());
            assertEquals(List.of(), Html5.problems(r.body()));
            HtmlPage page = HtmlPage.parse(r.body());
            assertEquals(typed.strip(), page.byId("search-q").getAttribute("value"), "shown back as typed");
            assertTrue(page.elements("script").stream().noneMatch(s -> s.getTextContent().contains("alert")));
            assertTrue(page.elements("*").stream().noneMatch(e -> e.hasAttribute("onmouseover")), "no attribute injected");
        }
    }

    @Test
    void anEmptySearchIsAFormAndABadOneSaysWhy() throws Exception {
        HttpResponse<String> empty = server.get("search", BROWSER);
        assertEquals(200, empty.statusCode());
        assertTrue(HtmlPage.parse(empty.body()).byId("search-q") != null);
        HttpResponse<String> bad = server.get("search?q=x&limit=abc", BROWSER);
        assertEquals(400, bad.statusCode());
        assertTrue(HtmlPage.parse(bad.body()).text().contains("'limit' must be a whole number"), bad.body());
        assertEquals(List.of(), Html5.problems(bad.body()));
    }

    private static ResultSet sparql(String query) throws Exception {
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    @Test
    void textQueryWorksInsideSparqlOverPassageText() throws Exception {
        ResultSet rs = sparql("""
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX mig: <%sontology#>
                SELECT ?resource ?score WHERE {
                  (?selector ?score) text:query (oa:exact "advanced digital") .
                  ?passage oa:hasSelector ?selector .
                  ?resource mig:mentionedIn ?passage .
                }""".formatted(server.base()));
        assertTrue(rs.hasNext());
        var row = rs.next();
        assertEquals(server.base() + FixtureProject.PASSAGE_RESOURCE, row.getResource("resource").getURI());
        assertTrue(row.getLiteral("score").getDouble() > 0);
        assertFalse(rs.hasNext());
    }

    @Test
    void textQueryDefaultsToLabels() throws Exception {
        ResultSet rs = sparql("""
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s ?label WHERE { (?s ?score ?label) text:query "EES" }""");
        List<String> found = new ArrayList<>();
        rs.forEachRemaining(row -> found.add(row.getResource("s").getURI() + " " + row.getLiteral("label").getString()));
        assertTrue(found.contains(server.base() + FixtureProject.PASSAGE_RESOURCE + " EES"), found::toString);
        assertTrue(found.stream().allMatch(f -> f.toLowerCase(Locale.ROOT).matches(".* .*\\bees\\b.*")),
                "every hit is a label with the word: " + found);
    }
}
