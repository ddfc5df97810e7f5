package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Fixtures;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The home page at / over real HTTP, next to the SPARQL protocol Fuseki answers at the same root. */
class HomePageIT {

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.withoutSourceText(), null, a -> Fixtures.add(a, Fixtures.LINKED_DATA));
    }

    @Test
    void theHomePageIsValidHtml5() throws Exception {
        HttpResponse<String> r = server.get("", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(List.of(), Html5.problems(r.body()));
    }

    @Test
    void itShowsTheEntryPointsInTheirOrder() throws Exception {
        HtmlPage page = HtmlPage.parse(server.get("", "text/html").body());
        String text = page.text();
        assertTrue(text.contains("European Asylum and Migration Management Strategy"), text);
        int p1 = text.indexOf("Stepping up Migration Diplomacy");
        int p2 = text.indexOf("Strong EU borders to enhance control and security");
        assertTrue(p1 > 0 && p2 > p1, "priorities in their order");
        int o1 = text.indexOf("Prevent illegal migration");
        int o3 = text.indexOf("Attract talent to the EU");
        assertTrue(o1 > 0 && o3 > o1, "objectives in their order");
        assertTrue(text.contains("Entry/Exit System"));
        assertTrue(text.contains("Commission presents a five-year strategy on migration"), "documents listed");
        Element strategyLink = page.elements("a").stream()
                .filter(a -> a.getTextContent().equals("European Asylum and Migration Management Strategy"))
                .findFirst().orElseThrow();
        assertEquals("id/strategy/european-asylum-and-migration-management-strategy", strategyLink.getAttribute("href"));
    }

    @Test
    void theStrategyTheSourcesSayMostAboutComesFirst() throws Exception {
        String body = server.get("", "text/html").body();
        int main = body.indexOf(">European Asylum and Migration Management Strategy</a>");
        int visa = body.indexOf(">EU Visa Policy Strategy</a>");
        assertTrue(main > 0 && visa > 0, "both strategies are listed");
        assertTrue(main < visa, "the strategy with objectives and priorities leads the one only mentioned");
    }

    @Test
    void sourceDocumentsAreTheDocumentsWhoseTextWasReadNotTheActsTheyCite() throws Exception {
        String body = server.get("", "text/html").body();
        HtmlPage page = HtmlPage.parse(body);
        assertTrue(page.text().contains("from 1 source document."), "the fixture has passages of one document");
        String section = body.substring(body.indexOf("<h2>Source documents</h2>"));
        section = section.substring(0, section.indexOf("</ul>"));
        assertTrue(section.contains("Commission presents a five-year strategy on migration"), section);
        assertFalse(section.contains("COM(2025) 101"), "a cited proposal is a document, not a source: " + section);
    }

    @Test
    void itCountsResourcesByClass() throws Exception {
        HtmlPage page = HtmlPage.parse(server.get("", "text/html").body());
        Element objectiveRow = page.elements("tr").stream()
                .filter(tr -> tr.getTextContent().contains("Objective")).findFirst().orElseThrow();
        assertTrue(page.text(objectiveRow).endsWith("3"), page.text(objectiveRow));
        Element passageRow = page.elements("tr").stream()
                .filter(tr -> tr.getTextContent().contains("Passage")).findFirst().orElseThrow();
        assertTrue(page.text(passageRow).endsWith("7"), page.text(passageRow));
    }

    @Test
    void itOffersSearchAndTheWaysInForResearchers() throws Exception {
        HtmlPage page = HtmlPage.parse(server.get("", "text/html").body());
        List<String> refs = page.references();
        for (String target : List.of("search", "sparql", "queries", "ontology", "dumps/", "dataset")) {
            assertTrue(refs.contains(target), "links to " + target + ": " + refs);
        }
        assertTrue(page.elements("input").stream().anyMatch(i -> i.getAttribute("name").equals("q")));
        Element current = page.elements("a").stream().filter(a -> a.hasAttribute("aria-current")).findFirst().orElseThrow();
        assertEquals("./", current.getAttribute("href"));
    }

    @Test
    void aClientThatPrefersRdfIsSentToTheDatasetDescription() throws Exception {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/json", "application/n-triples")) {
            HttpResponse<String> r = server.get("", accept);
            assertEquals(303, r.statusCode(), accept);
            assertEquals("dataset", r.headers().firstValue("Location").orElse(""), accept);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""), accept);
        }
        HttpResponse<String> described = server.get("dataset", "text/turtle");
        assertTrue(described.body().contains("void:Dataset"), "the redirect leads to VoID: " + described.body());
        HttpResponse<String> byName = server.get("?format=ttl", "text/html");
        assertEquals(303, byName.statusCode());
        assertEquals("dataset?format=ttl", byName.headers().firstValue("Location").orElse(""));
        assertEquals(400, server.get("?format=docx", "text/html").statusCode(), "an unknown format is named, not ignored");
    }

    @Test
    void browsersAndClientsThatNameNoRdfTypeGetThePage() throws Exception {
        for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", "image/png")) {
            HttpResponse<String> r = server.get("", accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), accept);
        }
        HtmlPage page = HtmlPage.parse(server.get("", "text/html").body());
        assertTrue(page.elements("link").stream().anyMatch(l -> l.getAttribute("rel").equals("alternate")
                && l.getAttribute("type").equals("text/turtle") && l.getAttribute("href").equals("dataset?format=ttl")),
                "the page names its machine-readable description");
    }

    @Test
    void conditionalAndHeadRequestsAreAnswered() throws Exception {
        HttpResponse<String> r = server.get("", "text/html");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertNotNull(r.headers().firstValue("Last-Modified").orElse(null));
        HttpResponse<String> again = server.http().send(HttpRequest.newBuilder(URI.create(server.url()))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> head = server.http().send(HttpRequest.newBuilder(URI.create(server.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
        assertEquals("", head.body());
    }

    @Test
    void theSparqlProtocolAtTheRootIsStillFusekis() throws Exception {
        HttpResponse<String> r = server.get("sparql?query=ASK%7B?s%20?p%20?o%7D", "application/sparql-results+json");
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
        HttpResponse<String> atRoot = server.get("?query=ASK%7B?s%20?p%20?o%7D", "application/sparql-results+json");
        assertFalse(atRoot.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "a protocol request at / is not answered with the home page");
    }

    @Test
    void behindAProxyWithABasePathEveryLinkStaysUnderThePublicBase() throws Exception {
        String base = "https://example.org/kg/";
        try (RunningServer proxied = RunningServer.start(TestProject.withoutSourceText(), base,
                a -> Fixtures.add(a, Fixtures.LINKED_DATA), eu.migrationkg.serve.ServeConfig.defaults(),
                java.util.Optional.of(base), false)) {
            String html = proxied.get("", "text/html").body();
            HtmlPage page = HtmlPage.parse(html);
            for (String ref : page.references()) {
                String resolved = URI.create(base).resolve(ref).toString();
                assertTrue(resolved.startsWith(base) || !resolved.startsWith("https://example.org/"),
                        ref + " leaves the base path: " + resolved);
                assertFalse(ref.startsWith("/"), "root-relative link " + ref + " would miss the base path");
            }
            // The stylesheet the page names is there when the proxy forwards the path.
            String css = page.elements("link").stream().filter(l -> l.getAttribute("rel").equals("stylesheet"))
                    .findFirst().orElseThrow().getAttribute("href");
            assertEquals(200, proxied.get(css, null).statusCode());
            assertTrue(html.contains("<link rel=\"canonical\" href=\"" + base + "\">"), "canonical is the public address");
        }
    }
}
