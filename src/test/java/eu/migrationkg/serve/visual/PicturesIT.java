package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.Fixtures;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.PicturesServer;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The picture pages over real HTTP, as a reader without JavaScript gets them. */
class PicturesIT {

    @TempDir static Path dir;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PicturesServer.start(dir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return server.get(path, "text/html");
    }

    /** The rows of the table in the figure with this id, cells joined by " | ". */
    private static List<String> rows(HtmlPage page, String figure) {
        Element f = page.byId(figure);
        assertNotNull(f, figure);
        List<String> rows = new java.util.ArrayList<>();
        var trs = f.getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new java.util.ArrayList<>();
            for (org.w3c.dom.Node c = trs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) cells.add(page.text(e));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    /** The list items directly in a list. */
    private static long items(Element list) {
        long n = 0;
        for (org.w3c.dom.Node c = list.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals("li")) n++;
        }
        return n;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyPictureIsValidHtml5() throws Exception {
        for (String path : List.of("explore", "explore?focus=" + enc(server.base() + "id/action/digital-border-management") + "&depth=2",
                "explore?focus=" + enc(server.base() + "id/person/magnus-brunner"), "timeline", "figures")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertEquals(List.of(), Html5.problems(r.body()), path);
        }
    }

    @Test
    void withoutScriptsTheMapIsAListOfEveryNodeAndLink() throws Exception {
        HtmlPage page = HtmlPage.parse(get("explore").body());
        JsonNode map = new ObjectMapper().readTree(page.byId("map-data").getTextContent());
        long listed = page.elements("ul").stream().filter(ul -> ul.getAttribute("class").equals("map-list"))
                .mapToLong(ul -> items(ul)).sum();
        assertEquals(map.path("nodes").size(), listed, "a list item per node");
        assertTrue(page.text().contains(map.path("nodes").size() + " resources and " + map.path("edges").size() + " links"));
        Element priority = page.elements("a").stream()
                .filter(a -> a.getTextContent().equals("Strong EU borders to enhance control and security")
                        && ((Element) a.getParentNode().getParentNode()).getAttribute("class").equals("map-list"))
                .findFirst().orElseThrow();
        assertEquals("id/priority/strong-eu-borders", priority.getAttribute("href"));
        String li = page.text((Element) priority.getParentNode());
        assertTrue(li.contains("has action: Deliver the world's most advanced digital border management system"), li);
        assertTrue(li.contains("serves objective: Prevent illegal migration"), li);
        // Unnamed resources are named by what they are.
        assertTrue(page.text().contains("at least EUR 81,000,000,000"), "an amount of money by its amount");
        assertTrue(page.text().contains("Milestone, June 2026"), "a milestone by its date");
    }

    @Test
    void aFocusListsItsNeighbourhood() throws Exception {
        String focus = server.base() + "id/action/digital-border-management";
        HtmlPage page = HtmlPage.parse(get("explore?focus=" + enc(focus)).body());
        assertTrue(page.text().contains("Around Deliver the world's most advanced digital border management system"));
        long listed = page.elements("ul").stream().filter(ul -> ul.getAttribute("class").equals("map-list"))
                .mapToLong(ul -> items(ul)).sum();
        assertEquals(6, listed, "the action, its priority, two instruments, two actors");
        Element selected = page.elements("option").stream().filter(o -> o.hasAttribute("selected")
                && o.getAttribute("value").equals(focus)).findFirst().orElse(null);
        assertNotNull(selected, "the chooser shows the focus");

        // A resource outside the structure brings its own links: a person and what they said.
        HtmlPage person = HtmlPage.parse(get("explore?focus=" + enc(server.base() + "id/person/magnus-brunner")).body());
        assertTrue(person.text().contains("Around Magnus Brunner"), person.text());
        assertTrue(person.references().contains("id/quote/magnus-brunner-2026-01-29"), person.references().toString());
    }

    @Test
    void badParametersAreRefusedWithAReason() throws Exception {
        HttpResponse<String> depth = get("explore?depth=9");
        assertEquals(400, depth.statusCode());
        assertTrue(HtmlPage.parse(depth.body()).text().contains("depth must be one of [1, 2, 3], not '9'."));
        HttpResponse<String> show = get("explore?show=Nothing");
        assertEquals(400, show.statusCode());
        assertTrue(HtmlPage.parse(show.body()).text().contains("show takes the classes of the map"));
        HttpResponse<String> notIri = get("explore?focus=" + enc("not an iri"));
        assertEquals(400, notIri.statusCode());
        assertTrue(HtmlPage.parse(notIri.body()).text().contains("focus must be the full IRI of a resource"));
        HttpResponse<String> unknown = get("explore?focus=" + enc(server.base() + "id/action/nothing-like-this"));
        assertEquals(404, unknown.statusCode());
        assertTrue(HtmlPage.parse(unknown.body()).text().contains("The graph does not describe " + server.base() + "id/action/nothing-like-this."));
        assertEquals(List.of(), Html5.problems(unknown.body()), "the refusal is a page like the others");
        HttpResponse<String> post = server.post("timeline", "text/plain", "x", null);
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void theTimelineReadsWithoutScripts() throws Exception {
        HtmlPage page = HtmlPage.parse(get("timeline").body());
        List<String> headings = page.elements("h2").stream().map(page::text).toList();
        assertEquals(List.of("Priority 2: Strong EU borders to enhance control and security",
                "Priority 3: A firm, fair and adaptable asylum and migration system",
                "Priority 4: More effective return and readmission",
                "Priority 5: Labour and talent mobility to boost competitiveness",
                "Not tied to a priority"), headings);
        Element june = page.elements("li").stream()
                .filter(li -> li.getAttribute("id").startsWith("priority-2-") && page.text(li).startsWith("June 2026"))
                .findFirst().orElseThrow();
        String text = page.text(june);
        assertTrue(text.contains("Milestone Screen all illegal arrivals and apply border procedures at the external borders"), text);
        assertTrue(text.contains("“as of June this year”"), text);
        assertTrue(text.contains("Screen all illegal arrivals to the Union and apply border procedures"), "the sentence, plain: " + text);
        assertEquals(List.of("Screen", "border procedures"), strongIn(page, june), "the source's emphasis as emphasis");
        // A curated date has the official page that states it.
        Element applies = page.elements("li").stream()
                .filter(li -> page.text(li).startsWith("12 June 2026")).findFirst().orElseThrow();
        assertTrue(page.text(applies).contains("Source: eur-lex.europa.eu/eli/reg/2024/1351/oj"), page.text(applies));
    }

    @Test
    void theFiguresReadWithoutScripts() throws Exception {
        HtmlPage page = HtmlPage.parse(get("figures").body());
        String text = page.text();
        assertEquals(List.of("Period | Multiannual Financial Framework 2028-2034 | Instrument not stated",
                "2028–2034 | 81,000,000,000 | ", "No period stated |  | 3,000,000,000"), rows(page, "funding-1"));
        assertEquals(List.of("Measure | people", "Non-EU citizens living in the EU | 27,300,000",
                "Non-EU citizens aged 20-64 working in the EU | 11,200,000"), rows(page, "statistics-2"));
        assertTrue(text.contains("at least EUR 81,000,000,000 for 2028–2034"), text);
        assertTrue(text.contains("This includes a proposal to dedicate an overall amount of at least €81 billion to home affairs"), text);
        assertTrue(page.references().contains("id/source/ip-26-233#passage-6817-7107"), "a link to the sentence in its source");
        assertTrue(strongIn(page, page.byId("content")).contains("€81 billion to home affairs"), "the source's emphasis as emphasis");
        assertTrue(text.contains("27.3 million Non-EU citizens living in the EU (6% of the EU’s total population)"), text);
    }

    /** The text of the emphasis in the source sentences quoted within an element. */
    private static List<String> strongIn(HtmlPage page, Element e) {
        List<String> out = new ArrayList<>();
        NodeList quotes = e.getElementsByTagName("blockquote");
        for (int i = 0; i < quotes.getLength(); i++) {
            NodeList strong = ((Element) quotes.item(i)).getElementsByTagName("strong");
            for (int j = 0; j < strong.getLength(); j++) out.add(page.text((Element) strong.item(j)));
        }
        return out;
    }

    @Test
    void everyResourcePageLinksToTheMapCentredOnIt() throws Exception {
        for (String path : List.of("id/priority/strong-eu-borders", "id/person/magnus-brunner", "id/source/ip-26-233",
                "id/passage/ip-26-233/8956a6bd3dc8")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            HtmlPage page = HtmlPage.parse(r.body());
            Element link = page.elements("a").stream().filter(a -> page.text(a).equals("Show on the strategy map"))
                    .findFirst().orElseThrow(() -> new AssertionError(path + " has no link to the map"));
            String expected = "../".repeat(path.split("/").length - 1) + "explore?focus=" + enc(server.base() + path);
            assertEquals(expected, link.getAttribute("href"), path);
            assertEquals(200, get(expected.replace("../", "")).statusCode(), "the map takes it: " + path);
        }
        for (String path : List.of("", "explore", "ontology")) {
            assertFalse(HtmlPage.parse(get(path).body()).text().contains("Show on the strategy map"), "not a resource: /" + path);
        }
    }

    @Test
    void theHomePageLeadsToThePictures() throws Exception {
        List<String> refs = HtmlPage.parse(get("").body()).references();
        for (String p : List.of("explore", "timeline", "figures")) assertTrue(refs.contains(p), p + " in " + refs);
    }

    @Test
    void labelsAreDataNeverMarkup() throws Exception {
        String hostile = "</script><script>alert('x')</script> & \"quoted\" <!--";
        try (RunningServer s = RunningServer.start(TestProject.withoutSourceText(), null,
                a -> Fixtures.add(a, "/fixtures/hostile-labels.trig"))) {
            for (String path : List.of("explore", "timeline", "figures")) {
                String body = s.get(path, "text/html").body();
                assertFalse(body.contains("<script>alert"), path);
                assertEquals(List.of(), Html5.problems(body), path);
                HtmlPage page = HtmlPage.parse(body);
                for (Element script : page.elements("script")) {
                    if (script.getAttribute("type").equals("application/json")) new ObjectMapper().readTree(script.getTextContent());
                }
            }
            HtmlPage map = HtmlPage.parse(s.get("explore", "text/html").body());
            JsonNode data = new ObjectMapper().readTree(map.byId("map-data").getTextContent());
            boolean found = false;
            for (JsonNode n : data.path("nodes")) found |= n.path("label").asText().equals(hostile);
            assertTrue(found, "the label reaches the script unchanged");
            assertTrue(map.text().contains(hostile), "and the reader as text");
        }
    }
}
