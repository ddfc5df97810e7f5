package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * /sparql in a browser: the YASGUI editor, served from its WebJar, with the graph's prefixes and the
 * saved queries as examples; programs at the same URL still get results.
 */
class SparqlEditorIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    @AutoClose
    private static RunningServer server;
    private static String html;
    private static HtmlPage page;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(FixtureProject.projectWith(dir, FixtureProject.QUERY_FILE));
        HttpResponse<String> r = server.get("sparql", BROWSER);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        html = r.body();
        page = HtmlPage.parse(html);
    }

    private static JsonNode config() throws Exception {
        Element script = page.byId("kg-editor-config");
        assertNotNull(script, "the editor's settings are on the page");
        assertEquals("application/json", script.getAttribute("type"));
        return JSON.readTree(script.getTextContent());
    }

    @Test
    void theEditorPageIsValidHtml5() {
        assertEquals(List.of(), Html5.problems(html));
    }

    @Test
    void yasguiComesFromItsWebJarOnThisServer() throws Exception {
        List<String> refs = page.references();
        String js = refs.stream().filter(h -> h.endsWith("yasgui.min.js")).findFirst().orElseThrow();
        String css = refs.stream().filter(h -> h.endsWith("yasgui.min.css")).findFirst().orElseThrow();
        assertEquals("webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", js);
        for (String asset : List.of(js, css, "assets/sparql-editor.js")) {
            assertTrue(refs.contains(asset), asset);
            HttpResponse<String> r = server.get(asset, null);
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.body().length() > 1000 || asset.endsWith("sparql-editor.js"), asset);
        }
        assertTrue(page.elements("script").stream().map(e -> e.getAttribute("src"))
                .noneMatch(src -> src.startsWith("http:") || src.startsWith("https:") || src.startsWith("//")),
                "no script from another host");
    }

    @Test
    void theGraphsPrefixesArePreloaded() throws Exception {
        JsonNode config = config();
        JsonNode prefixes = config.get("prefixes");
        assertEquals(server.base() + "ontology#", prefixes.get("mig").asText());
        assertEquals("http://jena.apache.org/text#", prefixes.get("text").asText());
        assertEquals("http://www.w3.org/2004/02/skos/core#", prefixes.get("skos").asText());
        String defaultQuery = config.get("defaultQuery").asText();
        prefixes.fields().forEachRemaining(e -> assertTrue(
                defaultQuery.contains("PREFIX " + e.getKey() + ": <" + e.getValue().asText() + ">"), e.getKey()));
        assertEquals("sparql", config.get("endpoint").asText(), "relative to the page, which is the endpoint");
    }

    @Test
    void theDefaultQueryRunsAtTheEndpoint() throws Exception {
        String query = config().get("defaultQuery").asText();
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"things\""), r.body());
    }

    @Test
    void theSavedQueriesAreTheExamples() throws Exception {
        JsonNode examples = config().get("examples");
        assertEquals(QueryRegistry.load(TestProject.layout(), server.base()).all().size() + 1, examples.size(),
                "every saved query of the repository, and the fixture's");
        JsonNode example = null;
        for (JsonNode e : examples) if (e.get("name").asText().equals("Documents <by> date & title")) example = e;
        assertNotNull(example);
        String query = example.get("query").asText();
        assertTrue(query.startsWith("BASE <" + server.base() + ">\nPREFIX dct:"), "decorators left out: " + query);
        Element link = page.elements("a").stream().filter(a -> a.getTextContent().equals("Documents <by> date & title"))
                .findFirst().orElseThrow();
        assertTrue(link.hasAttribute("data-example"));
        assertTrue(link.getAttribute("href").startsWith("sparql#query=BASE%20%3C"), link.getAttribute("href"));
        assertFalse(html.contains("Documents <by>"), "the name is escaped in the HTML");
    }

    @Test
    void programsAtTheSameUrlStillGetResults() throws Exception {
        HttpResponse<String> get = server.get("sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("\"boolean\" : true"), get.body());
        HttpResponse<String> browserWithQuery = server.get("sparql?query=ASK%7B%7D", BROWSER);
        assertEquals(200, browserWithQuery.statusCode());
        assertTrue(browserWithQuery.body().contains("true"), "a query is answered even when HTML is preferred");
        assertFalse(browserWithQuery.body().contains("kg-editor-config"));
        HttpResponse<String> post = server.post("sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D", BROWSER);
        assertEquals(200, post.statusCode());
        assertFalse(post.body().contains("kg-editor-config"));
        HttpResponse<String> sd = server.get("sparql", "text/turtle");
        assertTrue(sd.body().contains("sd:Service"), sd.body());
    }

    @Test
    void theEditorScriptTalksToNoOtherHost() throws Exception {
        String js = server.get("assets/sparql-editor.js", null).body();
        assertFalse(js.matches("(?s).*https?://.*"), "no address of another host in the editor script");
        assertTrue(js.contains("forkAutocompleter(\"prefixes\""), "prefix completion is local");
    }
}
