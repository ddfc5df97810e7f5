package eu.migrationkg.serve;

import static eu.migrationkg.support.ReloadingServer.TOKEN;
import static eu.migrationkg.support.ReloadingServer.reload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.ReloadingServer;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Policy moves on: the seed documents plus later ones (src/test/resources/status-changes/) that change the
 * status of a seed act, disagree, or state what the curated data contradict, served over real HTTP.
 */
class StatusHistoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RETURN_REGULATION = "id/legal-act/com-2025-101";
    static final String MFF = "id/instrument/multiannual-financial-framework-2028-2034";
    static final String SOLIDARITY_POOL = "id/instrument/annual-solidarity-pool";
    static final String GLOBAL_EUROPE = "id/instrument/global-europe-instrument";

    /** A copy of the repository with the documents of {@code status-changes/{set}} added to data/sources/. */
    static Path projectWith(Path dir, String... sets) throws IOException {
        Path root = TestProject.copyTo(dir);
        for (String set : sets) {
            for (String name : List.of("mex-27-1102", "ip-27-1450", "qanda-27-1630", "mex-27-1500", "ip-27-1510",
                    "mex-27-2100")) {
                try (InputStream in = StatusHistoryIT.class.getResourceAsStream("/status-changes/" + set + "/" + name + ".md")) {
                    if (in != null) Files.copy(in, root.resolve("data/sources/" + name + ".md"));
                }
            }
        }
        return root;
    }

    static List<List<String>> select(RunningServer s, String query) throws Exception {
        String q = "BASE <" + s.base() + ">\nPREFIX mig: <ontology#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                + "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + query;
        HttpResponse<String> r = s.get("sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = JSON.readTree(r.body());
        List<String> vars = new ArrayList<>();
        json.get("head").get("vars").forEach(v -> vars.add(v.asText()));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode b : json.get("results").get("bindings")) {
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(b.has(v) ? b.get(v).get("value").asText().replace(s.base(), "") : "");
            rows.add(row);
        }
        return rows;
    }

    private static final String HISTORY = """
            SELECT ?status ?asOf ?stated ?passage WHERE {
              <%s> mig:history ?o .
              ?o rdf:predicate mig:status ; rdf:object ?status ; mig:asOf ?asOf ; mig:asOfStated ?stated ;
                 prov:wasDerivedFrom ?passage .
            } ORDER BY STR(?asOf) ?passage""";

    @Test
    void everyStatusIsKeptWithItsDateAndPassageAndTheLatestIsCurrent(@TempDir Path dir) throws Exception {
        try (RunningServer s = RunningServer.start(eu.migrationkg.ProjectLayout.discover(projectWith(dir, "history")))) {
            List<List<String>> history = select(s, HISTORY.formatted(RETURN_REGULATION));
            List<String> lines = history.stream().map(r -> r.get(0).replace("ontology#", "") + " " + r.get(1) + " "
                    + r.get(2) + " " + r.get(3).replaceAll("/[0-9a-f]{12}(-\\d+)?$", "")).toList();
            assertEquals(List.of(
                    "underNegotiation 2026-01-29 false id/passage/ip-26-233",
                    "underNegotiation 2027-03-03 false id/passage/mex-27-1102",
                    "adopted 2027-04-08 false id/passage/ip-27-1450",
                    "adopted 2027-04-08 true id/passage/qanda-27-1630",
                    "inForce 2027-04-28 true id/passage/qanda-27-1630"), lines, history.toString());
            assertEquals(List.of(List.of("ontology#inForce")),
                    select(s, "SELECT ?s { <" + RETURN_REGULATION + "> mig:status ?s }"));

            // The page shows the history, newest first, each value with the quotes that state it.
            HttpResponse<String> page = s.get(RETURN_REGULATION, "text/html");
            assertEquals(200, page.statusCode());
            HtmlPage html = HtmlPage.parse(page.body());
            Element historyList = withClass(html.elements("ul"), "history").get(0);
            String shown = html.text(historyList);
            // Two sources saying "adopted" as of 8 April 2027 are one entry with both quotes; the date is the
            // sentence's ("was adopted on 8 April 2027"), so it is not "as of" a document's date.
            String refs = "( ?\\[\\d+\\])";
            assertTrue(shown.matches("status: in force" + refs + " \\(28 April 2027\\); earlier: adopted" + refs + "{2} "
                    + "\\(8 April 2027\\); under negotiation" + refs + " \\(as of 3 March 2027\\); "
                    + "under negotiation" + refs + " \\(as of 29 January 2026\\)"), shown);
            // Each [n] of the current value is a quote of "Where it says so" that says it.
            Element current = withClass(descendants(historyList, "span"), "current").get(0);
            List<Element> quoteLinks = descendants(current, "a").stream().filter(a -> a.getAttribute("href").startsWith("#says-")).toList();
            assertEquals(1, quoteLinks.size(), html.text(current));
            Element quote = html.byId(quoteLinks.get(0).getAttribute("href").substring(1));
            assertTrue(html.text(quote).contains("entered into force on 28 April 2027"), html.text(quote));

            // The timeline has the changes as events, not the status stated again unchanged.
            HtmlPage timeline = HtmlPage.parse(s.get("timeline", "text/html").body());
            List<String> changes = withClass(timeline.elements("li"), "kind-status-changed").stream()
                    .filter(li -> descendants(li, "a").get(0).getAttribute("href").endsWith("com-2025-101"))
                    .map(li -> descendants(li, "time").get(0).getAttribute("datetime") + " "
                            + timeline.text(withClass(descendants(li, "p"), "what").get(0)))
                    .toList();
            assertEquals(List.of("2026-01-29 COM(2025) 101 to under negotiation", "2027-04-08 COM(2025) 101 to adopted",
                    "2027-04-28 COM(2025) 101 to in force"), changes);
        }
    }

    private static List<Element> withClass(List<Element> elements, String cls) {
        return elements.stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cls)).toList();
    }

    private static List<Element> descendants(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    @Test
    void anExtractedStatementThatBreaksAShapeIsHeldBackAndListedAndAReloadStillSwaps(@TempDir Path dir) throws Exception {
        Path project = projectWith(dir);
        try (RunningServer s = ReloadingServer.start(project, true, false)) {
            assertEquals(0, JSON.readTree(s.get("validation", "application/json").body()).get("held").asInt());
            Files.copy(StatusHistoryIT.class.getResourceAsStream("/status-changes/quarantine/mex-27-2100.md"),
                    project.resolve("data/sources/mex-27-2100.md"));
            HttpResponse<String> r = reload(s, TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).get("swapped").asBoolean(), r.body());

            // The curated status stands alone in the default graph; the extracted one is in the quarantine graph.
            assertEquals(List.of(List.of("ontology#proposed")), select(s, "SELECT ?s { <" + GLOBAL_EUROPE + "> mig:status ?s }"));
            assertEquals(List.of(List.of("ontology#adopted")),
                    select(s, "SELECT ?s { GRAPH <graph/quarantine> { <" + GLOBAL_EUROPE + "> mig:status ?s } }"));
            // The rest of the document is published: its observation of the status, with its date.
            assertEquals(List.of(List.of("ontology#adopted", "2027-12-10")), select(s, """
                    SELECT ?v ?d { <%s> mig:history [ rdf:object ?v ; mig:asOf ?d ] FILTER(STR(?d) > "2027") }"""
                    .formatted(GLOBAL_EUROPE)));

            JsonNode report = JSON.readTree(s.get("validation", "application/json").body());
            assertEquals(1, report.get("held").asInt(), report.toString());
            JsonNode held = report.get("results").get(0);
            assertEquals("held", held.get("kind").asText());
            JsonNode statement = held.get("statements").get(0);
            assertTrue(statement.get("location").asText().matches("data/sources/mex-27-2100\\.md \\(characters \\d+-\\d+\\)"),
                    statement.toString());
            assertTrue(statement.get("quote").asText().startsWith("The Global Europe instrument was adopted on 10 December 2027"),
                    statement.toString());
            assertTrue(held.get("message").asText().contains("mig:status"), held.toString());

            HttpResponse<String> page = s.get("validation", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("1 extracted statement held back"), page.body());
            assertTrue(page.body().contains("data/sources/mex-27-2100.md (characters"), page.body());

            HttpResponse<String> turtle = s.get("validation", "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains("sh:ValidationReport") && turtle.body().contains("sh:conforms")
                    && turtle.body().contains("false"), turtle.body());
            assertTrue(turtle.body().contains("heldStatement"), turtle.body());
        }
    }

    @Test
    void twoSourcesThatDisagreeAsOfOneDateAreBothKeptAndListed(@TempDir Path dir) throws Exception {
        try (RunningServer s = RunningServer.start(eu.migrationkg.ProjectLayout.discover(projectWith(dir, "conflict")))) {
            List<List<String>> history = select(s, HISTORY.formatted(SOLIDARITY_POOL));
            List<String> on15April = history.stream().filter(r -> r.get(1).equals("2027-04-15"))
                    .map(r -> r.get(0).replace("ontology#", "")).sorted().toList();
            assertEquals(List.of("adopted", "underNegotiation"), on15April, history.toString());
            assertEquals(1, select(s, "SELECT ?s { <" + SOLIDARITY_POOL + "> mig:status ?s }").size());

            JsonNode report = JSON.readTree(s.get("validation", "application/json").body());
            assertEquals(0, report.get("held").asInt(), report.toString());
            assertEquals(1, report.get("conflicts").asInt(), report.toString());
            JsonNode conflict = report.get("results").get(0);
            assertEquals("conflict", conflict.get("kind").asText());
            List<String> quotes = new ArrayList<>();
            conflict.get("statements").forEach(st -> quotes.add(st.get("location").asText().replaceAll(" \\(.*", "")
                    + ": " + st.get("quote").asText()));
            assertEquals(List.of(
                    "data/sources/ip-27-1510.md: The Commission welcomes the adoption of the Solidarity Pool for 2027 by the "
                            + "Council, ensuring continued solidarity for Member States under pressure.",
                    "data/sources/mex-27-1500.md: The second Solidarity Pool is still being negotiated between Member States, "
                            + "with pledges expected in May."), quotes);
            HttpResponse<String> page = s.get("validation", "text/html");
            assertTrue(page.body().contains("Sources that disagree"), page.body());
            assertTrue(page.body().contains("still being negotiated"), page.body());
        }
    }
}
