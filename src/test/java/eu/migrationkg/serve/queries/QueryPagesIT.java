package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.QueryFixture;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The saved queries' HTML pages (/queries, /queries/{id}, /api) over real HTTP, on the query fixture. */
class QueryPagesIT {

    @AutoClose
    private static RunningServer server;
    private static QueryRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.layout(), null, QueryFixture::replaceContent);
        registry = QueryRegistry.load(TestProject.layout(), server.base());
    }

    private static HttpResponse<String> page(String path) throws Exception {
        return server.get(path, "text/html");
    }

    /** Resolves a link of a page against the page's own address, as a browser does. */
    private static String follow(String pagePath, String href) {
        return URI.create(server.url() + pagePath).resolve(href).toString().substring(server.url().length());
    }

    @Test
    void theListIsValidAndGroupsEveryQueryByTag() throws Exception {
        HttpResponse<String> r = page("queries");
        assertEquals(200, r.statusCode());
        assertEquals(List.of(), Html5.problems(r.body()));
        HtmlPage html = HtmlPage.parse(r.body());
        List<String> refs = html.references();
        for (SavedQuery q : registry.all()) {
            assertTrue(refs.contains("queries/" + q.id()), q.id() + " is listed");
        }
        for (String tag : registry.byTag().keySet()) {
            assertNotNull(html.byId(QueryPagesServlet.anchor(tag)), "a section for " + tag);
        }
        assertTrue(refs.contains("api") && refs.contains("api/openapi.json"), refs.toString());
    }

    @Test
    void everyQueryPageIsValidHtml5() throws Exception {
        for (SavedQuery q : registry.all()) {
            HttpResponse<String> r = page("queries/" + q.id());
            assertEquals(200, r.statusCode(), q.id());
            assertEquals(List.of(), Html5.problems(r.body()), q.id());
        }
    }

    @Test
    void aQueryPageShowsItsDescriptionFormResultsAndSparql() throws Exception {
        HtmlPage html = HtmlPage.parse(page("queries/milestones-by-year?year=2026").body());
        assertTrue(html.text().contains("What is due when"), "description");
        Element year = html.byId("param-year");
        assertEquals("number", year.getAttribute("type"));
        assertEquals("2026", year.getAttribute("value"), "the form keeps the value given");
        Element table = html.elements("table").get(0);
        assertEquals(2, ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength());
        assertTrue(html.text().contains("by October 2026"));
        String sparql = html.elements("pre").stream().filter(e -> e.getAttribute("class").equals("sparql"))
                .findFirst().orElseThrow().getTextContent();
        assertTrue(sparql.startsWith("BASE <" + server.base() + ">") && sparql.contains("?__year_integer"), sparql);
    }

    @Test
    void iriCellsLinkToTheResourcePages() throws Exception {
        HtmlPage html = HtmlPage.parse(page("queries/instruments").body());
        Element link = html.elements("a").stream()
                .filter(a -> a.getTextContent().equals("id/instrument/entry-exit-system")).findFirst().orElseThrow();
        assertEquals("../id/instrument/entry-exit-system", link.getAttribute("href"));
        assertEquals("id/instrument/entry-exit-system", follow("queries/instruments", link.getAttribute("href")));
        Element external = html.elements("a").stream()
                .filter(a -> a.getAttribute("href").startsWith("http://localhost")).findFirst().orElse(null);
        assertNull(external, "our own IRIs are linked relative to the page");
    }

    @Test
    void enumerationsAreAChoiceAndOptionalOnesMayBeLeftOpen() throws Exception {
        HtmlPage html = HtmlPage.parse(page("queries/instruments?status=mig:adopted").body());
        Element select = html.byId("param-status");
        assertEquals("select", select.getTagName());
        List<String> options = html.elements("option").stream().map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("", "mig:proposed", "mig:underNegotiation", "mig:adopted", "mig:inForce", "mig:operational"),
                options);
        Element chosen = html.elements("option").stream().filter(o -> o.hasAttribute("selected")).findFirst().orElseThrow();
        assertEquals("mig:adopted", chosen.getAttribute("value"));
        assertEquals(1, html.elements("tbody").get(0).getElementsByTagName("tr").getLength());
    }

    private static JsonNode chartData(HtmlPage html) throws Exception {
        Element script = html.elements("script").stream()
                .filter(e -> e.getAttribute("class").equals("chart-data")).findFirst().orElseThrow();
        return new ObjectMapper().readTree(script.getTextContent());
    }

    @Test
    void aChartQueryEmbedsItsFiguresAndKeepsTheTable() throws Exception {
        HttpResponse<String> r = page("queries/funding-by-recipient");
        HtmlPage html = HtmlPage.parse(r.body());
        Element figure = html.byId("chart");
        assertNotNull(figure);
        Element canvasHolder = html.elements("div").stream()
                .filter(d -> d.getAttribute("class").equals("chart-canvas")).findFirst().orElseThrow();
        assertTrue(canvasHolder.hasAttribute("hidden"), "hidden until the script draws it");
        JsonNode data = chartData(html);
        assertEquals("bar", data.get("type").asText());
        assertEquals(List.of("Tunisia", "eu-LISA"), List.of(data.get("labels").get(0).asText(), data.get("labels").get(1).asText()));
        assertEquals(3.2e9, data.get("datasets").get(0).get("data").get(0).asDouble());
        assertEquals(1, html.elements("table").size(), "one table: the result's own, the chart's text form");
        List<String> scripts = html.elements("script").stream().map(s -> s.getAttribute("src")).filter(s -> !s.isEmpty()).toList();
        assertTrue(scripts.stream().anyMatch(s -> s.contains("webjars/chart.js/4.5.1/dist/chart.umd.min.js")), scripts.toString());
        for (String src : scripts) {
            HttpResponse<String> js = server.get(follow("queries/funding-by-recipient", src), null);
            assertEquals(200, js.statusCode(), src);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), src);
        }
    }

    @Test
    void aTimelinePlacesEachEventAtItsDate() throws Exception {
        HtmlPage html = HtmlPage.parse(page("queries/milestones-by-year").body());
        JsonNode data = chartData(html);
        assertEquals("timeline", data.get("type").asText());
        JsonNode events = data.get("datasets").get(0).get("data");
        assertEquals(3, events.size());
        JsonNode first = events.get(0);
        assertTrue(first.get("date").asText().contains("2026"), first.toString());
        assertEquals("Proposal for a return regulation", first.get("text").asText());
        assertTrue(first.get("x").asDouble() > 2026.4 && first.get("x").asDouble() < 2026.5, first.toString());
        assertEquals(2027.0, events.get(2).get("x").asDouble(), 0.5);
        assertNull(HtmlPage.parse(page("queries/legal-acts").body()).byId("chart"), "no chart unless asked for");
    }

    @Test
    void downloadsGiveTheSameRowsInEachFormat() throws Exception {
        String path = "queries/funding?minimum=400000000";
        HtmlPage html = HtmlPage.parse(page(path).body());
        List<Element> links = html.elements("ul").stream().filter(u -> u.getAttribute("aria-label").equals("Download"))
                .findFirst().map(u -> html.elements("a").stream().filter(a -> a.getParentNode().getParentNode() == u).toList())
                .orElseThrow();
        assertEquals(6, links.size(), "one per table format");
        for (Element a : links) {
            HttpResponse<String> r = server.get(follow(path, a.getAttribute("href")), null);
            assertEquals(200, r.statusCode(), a.getAttribute("href"));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(a.getAttribute("type")));
            if (a.getAttribute("type").equals("text/csv")) {
                var rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                        ResultSetLang.RS_CSV);
                assertEquals(2, ResultSetFormatter.consume(rs));
            }
        }
    }

    @Test
    void theAddressOfAResultIsStableAndShareable() throws Exception {
        String path = "queries/funding?minimum=400000000";
        HtmlPage html = HtmlPage.parse(page(path).body());
        Element canonical = html.elements("link").stream()
                .filter(l -> l.getAttribute("rel").equals("canonical")).findFirst().orElseThrow();
        assertEquals(server.url() + "queries/funding?minimum=400000000", canonical.getAttribute("href"));
        HttpResponse<String> again = page(path);
        assertEquals(page(path).body(), again.body(), "the same address gives the same page");
        HtmlPage submitted = HtmlPage.parse(page("queries/instruments?kind=&status=mig%3Aadopted").body());
        Element link = submitted.elements("link").stream()
                .filter(l -> l.getAttribute("rel").equals("canonical")).findFirst().orElseThrow();
        assertEquals(server.url() + "queries/instruments?status=mig%3Aadopted", link.getAttribute("href"),
                "a form's empty fields are not part of the result's address");
    }

    @Test
    void graphsAreShownAsTriplesAndAsksAsAnAnswer() throws Exception {
        HtmlPage outline = HtmlPage.parse(page("queries/strategy-outline").body());
        assertEquals(List.of("subject", "predicate", "object"),
                outline.elements("th").stream().map(outline::text).toList(), "a triple table");
        assertTrue(outline.references().stream().anyMatch(h -> h.contains("format=ttl")), "Turtle download");
        HtmlPage ask = HtmlPage.parse(page("queries/mentioned-in-document").body());
        assertTrue(ask.text().contains("Yes"), ask.text());
    }

    @Test
    void anInvalidValueIsA400PageThatSaysWhyAndKeepsTheForm() throws Exception {
        HttpResponse<String> r = page("queries/milestones-by-year?year=" + URLEncoder.encode("soon\" }", StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode());
        assertEquals(List.of(), Html5.problems(r.body()));
        HtmlPage html = HtmlPage.parse(r.body());
        assertTrue(html.text().contains("parameter 'year': 'soon\" }' is not a valid xsd:integer"), html.text());
        assertEquals("true", html.byId("param-year").getAttribute("aria-invalid"));
        assertTrue(html.elements("table").isEmpty(), "nothing was run");
        assertEquals(404, page("queries/no-such-query").statusCode());
    }

    @Test
    void longResultsArePaged() throws Exception {
        HtmlPage first = HtmlPage.parse(page("queries/single-source-resources?limit=10").body());
        assertEquals(10, first.elements("tbody").get(0).getElementsByTagName("tr").getLength());
        Element next = first.elements("a").stream().filter(a -> a.getAttribute("rel").equals("next")).findFirst().orElseThrow();
        String nextPath = follow("queries/single-source-resources?limit=10", next.getAttribute("href"));
        assertEquals("queries/single-source-resources?limit=10&offset=10", nextPath);
        HtmlPage second = HtmlPage.parse(page(nextPath).body());
        assertTrue(second.text().contains("Rows 11 to 20"), second.text());
        assertTrue(second.elements("a").stream().anyMatch(a -> a.getAttribute("rel").equals("prev")));
    }

    @Test
    void theApiPageIsValidAndDocumentsEveryOperation() throws Exception {
        HttpResponse<String> r = page("api");
        assertEquals(200, r.statusCode());
        assertEquals(List.of(), Html5.problems(r.body()));
        HtmlPage html = HtmlPage.parse(r.body());
        for (SavedQuery q : registry.all()) {
            assertNotNull(html.byId(q.id()), q.id() + " has a section");
            assertTrue(html.references().contains("api/queries/" + q.id()), "try-it link for " + q.id());
        }
        assertTrue(html.references().contains("api/openapi.json"));
        assertTrue(html.text().contains("If-None-Match"));
    }
}
