package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.RunningServer;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A saved query's result page says how to cite the result shown: an address naming the release that
 * gives the shown rows byte for byte (checked by hashing what it gives against the digest the page
 * states), the release and its date, and BibTeX and CSL-JSON entries naming the same.
 */
class CiteThisResultIT {

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    private static String text(Document page, String attribute) {
        var e = page.selectFirst("[" + attribute + "]");
        assertNotNull(e, "the cite box has no " + attribute);
        return e.text();
    }

    @Test
    void theCitedAddressGivesTheBytesWhoseDigestThePageStates() throws Exception {
        for (String path : new String[] {"queries/find-by-label?label=European+Commission", "queries/instruments",
                "queries/documents"}) {
            Document page = page(path);
            String url = text(page, "data-cite-url");
            String release = server.store().release().value();
            assertTrue(url.startsWith(server.url() + "cite/" + release + "/api/queries/"), url);
            assertEquals(release, text(page, "data-cite-release"), path);

            HttpResponse<byte[]> cited = server.getBytes(url.substring(server.url().length()));
            assertEquals(200, cited.statusCode(), url);
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cited.body()));
            assertEquals(digest, text(page, "data-cite-sha256"), path + ": the stated digest is not the cited bytes'");
            assertTrue(cited.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"),
                    url);
        }
    }

    @Test
    void theCitedRowsAreTheRowsThePageShows() throws Exception {
        Document page = page("queries/find-by-label?label=European+Commission");
        String url = text(page, "data-cite-url");
        JsonNode answer = new ObjectMapper().readTree(server.getBytes(url.substring(server.url().length())).body());
        int shown = page.select("table.results tbody tr").size();
        assertTrue(shown > 0, "the page shows no rows");
        assertEquals(shown, answer.path("results").path("bindings").size(), url);
        assertTrue(url.contains("label=European%20Commission"), "the citation keeps the values: " + url);
    }

    @Test
    void theSnippetsNameTheAddressTheReleaseAndTheDigest() throws Exception {
        Document page = page("queries/instruments");
        String url = text(page, "data-cite-url");
        String release = text(page, "data-cite-release");
        String digest = text(page, "data-cite-sha256");
        String date = text(page, "data-cite-date");
        assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);

        String bibtex = text(page, "data-cite-bibtex");
        assertTrue(bibtex.startsWith("@misc{instruments-" + release + ","), bibtex);
        assertTrue(bibtex.contains("url = {" + url + "}"), bibtex);
        assertTrue(bibtex.contains("version = {" + release + "}"), bibtex);
        assertTrue(bibtex.contains(digest), bibtex);
        assertTrue(bibtex.contains("date = {" + date + "}"), bibtex);
        // The title in its own braces keeps its capitals whatever the bibliography style.
        assertTrue(bibtex.contains("title = {{Instruments with their legal basis and status}}"), bibtex);

        JsonNode csl = new ObjectMapper().readTree(text(page, "data-cite-csl"));
        assertEquals(1, csl.size());
        JsonNode item = csl.get(0);
        assertEquals("dataset", item.path("type").asText());
        assertEquals(url, item.path("URL").asText());
        assertEquals(release, item.path("version").asText());
        assertEquals(date, String.format("%04d-%02d-%02d", item.at("/issued/date-parts/0/0").asInt(),
                item.at("/issued/date-parts/0/1").asInt(), item.at("/issued/date-parts/0/2").asInt()));
        assertTrue(item.path("note").asText().contains(digest));
        assertFalse(item.path("title").asText().isBlank());
        assertFalse(item.path("publisher").asText().isBlank());
    }

    @Test
    void theCitedAddressAskedForBibTeXOrCslJsonGivesThePagesSnippets() throws Exception {
        Document page = page("queries/find-by-label?label=European+Commission");
        String path = text(page, "data-cite-url").substring(server.url().length());
        HttpResponse<String> bibtex = server.send("GET", path, null, "Accept", "application/x-bibtex");
        assertEquals(200, bibtex.statusCode(), bibtex.body());
        assertTrue(bibtex.headers().firstValue("Content-Type").orElseThrow().startsWith("application/x-bibtex"));
        assertEquals(text(page, "data-cite-bibtex"), bibtex.body().strip());
        HttpResponse<String> csl = server.send("GET", path, null, "Accept", "application/vnd.citationstyles.csl+json");
        assertEquals(200, csl.statusCode(), csl.body());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(text(page, "data-cite-csl")), json.readTree(csl.body()));
    }

    @Test
    void aSparqlAnswersCitationDescribesTheBytesItNames() throws Exception {
        String query = "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s LIMIT 3";
        HttpResponse<String> answer = server.get("sparql?query=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8), "application/sparql-results+json");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<([^>]+)>;\\s*rel=\"cite-as\"")
                .matcher(String.join(",", answer.headers().allValues("Link")));
        assertTrue(link.find(), "no cite-as link: " + answer.headers().map());
        String path = link.group(1).substring(server.url().length());
        byte[] cited = server.getBytes(path).body();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cited));
        JsonNode item = new ObjectMapper().readTree(server.send("GET", path, null, "Accept",
                "application/vnd.citationstyles.csl+json").body()).get(0);
        assertEquals(link.group(1), item.path("URL").asText());
        assertEquals("SHA-256 " + digest, item.path("note").asText());
        assertEquals(server.store().release().value(), item.path("version").asText());
    }

    @Test
    void aRefusedRequestCitesNothing() throws Exception {
        HttpResponse<String> r = server.get("queries/find-by-label?limit=0", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).select("[data-cite-url]").isEmpty());
    }
}
