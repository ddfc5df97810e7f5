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

    /** The list items of the map's lists inside the element with this id. */
    private static long listed(HtmlPage page, String id) {
        Element holder = page.byId(id);
        assertNotNull(holder, id);
        long n = 0;
        var uls = holder.getElementsByTagName("ul");
        for (int i = 0; i < uls.getLength(); i++) {
            Element ul = (Element) uls.item(i);
            if (ul.getAttribute("class").equals("map-list")) n += items(ul);
        }
        return n;
    }

    @Test
    void withoutScriptsTheMapIsAListOfEveryResourceAPageAtATime() throws Exception {
        long total = Long.parseLong(PicturesServer.select(server, """
                PREFIX mig: <ontology#>
                SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  VALUES ?c { mig:Strategy mig:Objective mig:Priority mig:Action mig:Instrument mig:LegalAct mig:Funding
                              mig:Milestone mig:Actor mig:PolicyArea }
                  ?r a ?c FILTER isIRI(?r) }""").get(0).get(0));
        HtmlPage first = HtmlPage.parse(get("explore").body());
        assertTrue(first.text().contains(total > StrategyMap.PAGE_SIZE ? total + " resources, 1 to " + StrategyMap.PAGE_SIZE + " on this page"
                : total + " resources, by class"), first.text());
        long sum = 0;
        String next = "explore";
        int pages = 0;
        while (next != null) {
            HtmlPage page = HtmlPage.parse(get(next).body());
            sum += listed(page, "every-resource");
            pages++;
            next = page.elements("a").stream().filter(a -> "next".equals(a.getAttribute("rel"))).findFirst()
                    .map(a -> a.getAttribute("href").replaceFirst("#.*", "")).orElse(null);
            assertTrue(pages < 50, "the pages end");
        }
        assertEquals(total, sum, "every resource of the map is listed once over the pages");

        // The picture itself is the overview: strategies, objectives and priorities only.
        JsonNode map = new ObjectMapper().readTree(first.byId("map-data").getTextContent());
        map.path("nodes").forEach(n -> assertTrue(List.of("Strategy", "Objective", "Priority").contains(n.path("group").asText()), n.toString()));
        assertTrue(map.path("nodes").size() <= StrategyMap.OVERVIEW_LIMIT);
        assertTrue(first.byId("map-summary").getTextContent().startsWith("The overview draws 2 strategies, 3 objectives and 5 priorities"),
                first.byId("map-summary").getTextContent());

        Element priority = first.elements("a").stream()
                .filter(a -> a.getTextContent().equals("Strong EU borders to enhance control and security")
                        && ((Element) a.getParentNode().getParentNode()).getAttribute("class").equals("map-list"))
                .findFirst().orElseThrow();
        assertEquals("id/priority/strong-eu-borders", priority.getAttribute("href"));
        String li = first.text((Element) priority.getParentNode());
        assertTrue(li.contains("has action: Deliver the world's most advanced digital border management system"), li);
        assertTrue(li.contains("serves objective: Prevent illegal migration"), li);
    }

    @Test
    void aFocusListsItsNeighbourhood() throws Exception {
        String focus = server.base() + "id/action/digital-border-management";
        HtmlPage page = HtmlPage.parse(get("explore?focus=" + enc(focus)).body());
        assertTrue(page.text().contains("Around Deliver the world's most advanced digital border management system"));
        assertEquals(6, listed(page, "around-list"), "the action, its priority, two instruments, two actors");
        assertEquals(focus, page.byId("map-focus").getAttribute("value"), "the form keeps the focus");
        // Unnamed resources are named by what they are.
        HtmlPage money = HtmlPage.parse(get("explore?focus=" + enc(server.base() + "id/priority/strong-eu-borders") + "&depth=2").body());
        assertTrue(money.text().contains("Milestone, June 2026"), "a milestone by its date");

        // A resource outside the structure brings its own links: a person and what they said.
        HtmlPage person = HtmlPage.parse(get("explore?focus=" + enc(server.base() + "id/person/magnus-brunner")).body());
        assertTrue(person.text().contains("Around Magnus Brunner"), person.text());
        assertTrue(person.references().contains("id/quote/magnus-brunner-2026-01-29"), person.references().toString());
    }

    @Test
    void findingByNameCentresOnTheResource() throws Exception {
        HttpResponse<String> found = get("explore?find=" + enc("digital border management"));
        assertEquals(200, found.statusCode());
        assertTrue(HtmlPage.parse(found.body()).text().contains("Around Deliver the world's most advanced digital border management system"));
        HttpResponse<String> none = get("explore?find=" + enc("no such words anywhere"));
        assertEquals(404, none.statusCode());
        assertTrue(HtmlPage.parse(none.body()).text().contains("No resource of the map is named with 'no such words anywhere'."));
        HttpResponse<String> json = server.get("explore/find?q=" + enc("BORDER"), "application/json");
        assertEquals(200, json.statusCode());
        JsonNode hits = new ObjectMapper().readTree(json.body());
        assertTrue(hits.size() > 0 && hits.size() <= 12, json.body());
        hits.forEach(h -> assertTrue(h.path("label").asText().toLowerCase(java.util.Locale.ROOT).contains("border"), h.toString()));
        assertEquals(400, server.get("explore/find?q=x", "application/json").statusCode());
    }

    @Test
    void expandingANodeSendsItsNeighboursAndCountsBigClasses() throws Exception {
        String priority = server.base() + "id/priority/strong-eu-borders";
        HttpResponse<String> r = server.get("explore/expand?node=" + enc(priority), "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode answer = new ObjectMapper().readTree(r.body());
        List<String> ids = new java.util.ArrayList<>();
        answer.path("nodes").forEach(n -> ids.add(n.path("id").asText()));
        assertTrue(ids.contains(server.base() + "id/action/digital-border-management"), ids.toString());
        assertTrue(ids.contains(server.base() + "id/objective/prevent-illegal-migration"), ids.toString());
        assertTrue(answer.path("nodes").size() <= StrategyMap.DRAWN_LIMIT);
        answer.path("edges").forEach(e -> assertTrue(e.path("source").asText().equals(priority) || e.path("target").asText().equals(priority)));

        // The class of the map, a few at a time.
        JsonNode acts = new ObjectMapper().readTree(server.get("explore/expand?kind=LegalAct&offset=0", "application/json").body());
        int total = acts.path("total").asInt();
        assertTrue(total > 10, acts.toString());
        assertEquals(Math.min(total, StrategyMap.GROUP_LIMIT), acts.path("nodes").size(), acts.toString());
        assertEquals(total - acts.path("nodes").size(), acts.path("remaining").asInt());
        JsonNode rest = new ObjectMapper().readTree(server.get("explore/expand?kind=LegalAct&offset=10", "application/json").body());
        assertEquals(acts.path("nodes").get(10).path("id"), rest.path("nodes").get(0).path("id"), "the offset pages through them");
        assertEquals(400, server.get("explore/expand?kind=Nothing", "application/json").statusCode());
        assertEquals(404, server.get("explore/expand?node=" + enc(server.base() + "id/action/none"), "application/json").statusCode());
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

    @Test
    void theTimelineAndFiguresNarrowByTheAddress() throws Exception {
        String priority = server.base() + "id/priority/strong-eu-borders";
        HtmlPage one = HtmlPage.parse(get("timeline?priority=" + enc(priority)).body());
        assertEquals(List.of("Priority 2: Strong EU borders to enhance control and security"), one.elements("h2").stream().map(one::text).toList());
        assertTrue(one.byId("timeline-summary").getTextContent().contains("priority Strong EU borders"), one.byId("timeline-summary").getTextContent());
        assertTrue(one.elements("option").stream().anyMatch(o -> o.hasAttribute("selected") && o.getAttribute("value").equals(priority)),
                "the form shows the filter");

        HtmlPage year = HtmlPage.parse(get("timeline?from=2026&to=2026").body());
        List<Element> times = year.elements("time");
        assertFalse(times.isEmpty());
        times.forEach(t -> assertTrue(t.getAttribute("datetime").startsWith("2026"), t.getAttribute("datetime")));
        HtmlPage all = HtmlPage.parse(get("timeline").body());
        assertTrue(times.size() < all.elements("time").size(), "the period leaves dates out");

        String document = server.base() + "id/source/ip-26-233";
        HtmlPage doc = HtmlPage.parse(get("timeline?document=" + enc(document)).body());
        doc.elements("blockquote").forEach(q -> assertTrue(doc.text((Element) q.getParentNode()).contains("Read it in the source")));
        assertTrue(doc.elements("time").size() < all.elements("time").size(), "curated dates stated by no passage of it are left out");

        HtmlPage figures = HtmlPage.parse(get("figures?from=2028&to=2034").body());
        assertTrue(figures.text().contains("at least EUR 81,000,000,000 for 2028–2034"), figures.text());
        assertFalse(figures.text().contains("3,000,000,000"), "an amount without a period is outside any period");

        for (String bad : List.of("timeline?from=twenty", "timeline?from=2030&to=2020", "figures?priority=nonsense", "timeline?page=99")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad);
            assertFalse(r.body().contains("Exception"), r.body());
        }
        assertEquals(404, get("figures?instrument=" + enc(server.base() + "id/instrument/none")).statusCode());
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
