package eu.migrationkg.serve.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every kind of page (a resource, a source document, a saved query's result) links to the SPARQL
 * editor with a query that, run at the endpoint, gives what the page is about.
 */
class OpenInSparqlIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static JsonNode select(String query) throws Exception {
        HttpResponse<String> r = server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings");
    }

    private static String first(String query, String var) throws Exception {
        JsonNode rows = select(query);
        assertFalse(rows.isEmpty(), query);
        return rows.get(0).path(var).path("value").asText();
    }

    /** The page's open-in-SPARQL links, each as the query it carries; the link must lead to the editor. */
    private static List<String> editorQueries(String path) throws Exception {
        HttpResponse<String> page = server.get(path, BROWSER);
        assertEquals(200, page.statusCode(), path);
        List<String> queries = new ArrayList<>();
        for (Element a : HtmlPage.parse(page.body()).elements("a")) {
            if (!a.hasAttribute("data-open-in-sparql")) continue;
            URI target = URI.create(server.url() + path).resolve(a.getAttribute("href"));
            assertEquals(URI.create(server.url()).getPath() + "sparql", target.getPath(), "leads to the editor");
            String fragment = target.getRawFragment();
            assertTrue(fragment != null && fragment.startsWith("query="), a.getAttribute("href"));
            String query = null;
            for (String pair : fragment.split("&")) {
                if (pair.startsWith("query=")) query = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
            queries.add(query);
            HttpResponse<String> editor = server.get(target.getPath().substring(URI.create(server.url()).getPath().length()), BROWSER);
            assertTrue(editor.body().contains("id=\"yasgui\""), "the link opens the editor");
        }
        assertFalse(queries.isEmpty(), path + " offers no link to the SPARQL editor");
        return queries;
    }

    private void assertGivesTheFactsOf(String iri, String path) throws Exception {
        String query = editorQueries(path).get(0);
        Set<String> expected = new HashSet<>();
        for (JsonNode row : select("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }")) {
            expected.add(row.path("p").path("value").asText() + " " + row.path("o").path("value").asText());
        }
        Set<String> got = new HashSet<>();
        boolean quoted = false;
        for (JsonNode row : select(query)) {
            got.add(row.path("property").path("value").asText() + " " + row.path("value").path("value").asText());
            quoted |= row.has("quote");
        }
        assertEquals(expected, got, "the editor's query gives every statement of " + iri);
        assertTrue(quoted || iri.contains("/source/"), "the statements come with their passages");
    }

    @Test
    void aResourcePageOpensItsStatementsWithTheirPassages() throws Exception {
        String iri = first("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } "
                + "?g oa:hasSelector ?sel FILTER(STRSTARTS(STR(?s), \"" + server.base() + "id/\")) } ORDER BY ?s LIMIT 1", "s");
        assertGivesTheFactsOf(iri, iri.substring(server.base().length()));
        assertTrue(editorQueries(iri.substring(server.base().length())).get(1).startsWith("DESCRIBE <" + iri + ">"));
    }

    @Test
    void aDocumentPageOpensTheDocument() throws Exception {
        String iri = first("SELECT ?doc WHERE { ?doc <http://purl.org/dc/terms/issued> ?d "
                + "FILTER(STRSTARTS(STR(?doc), \"" + server.base() + "id/\")) } ORDER BY ?doc LIMIT 1", "doc");
        assertGivesTheFactsOf(iri, iri.substring(server.base().length()));
    }

    @Test
    void aSavedQueryResultOpensTheQueryWithItsValues() throws Exception {
        String query = editorQueries("queries/instruments").get(0);
        JsonNode api = JSON.readTree(server.get("api/queries/instruments?format=json", null).body())
                .path("results").path("bindings");
        JsonNode editor = select(query);
        assertTrue(api.size() > 0);
        assertEquals(api, editor, "the editor's query gives the rows of the page");
    }
}
