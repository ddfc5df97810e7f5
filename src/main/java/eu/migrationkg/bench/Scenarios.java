package eu.migrationkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import eu.migrationkg.base.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's request mixes. Queries use only the vocabulary, never content of the sources. */
final class Scenarios {
    private Scenarios() {}

    static final String RESULTS_JSON = "application/sparql-results+json";

    /** The SPARQL mix sent to both our server and bare Fuseki. */
    static List<LoadRun.Request> sparqlMix() {
        return List.of(
                sparql("ASK { ?s ?p ?o }", RESULTS_JSON),
                sparql("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?d ?t { ?d dct:title ?t } ORDER BY ?d", RESULTS_JSON),
                sparql("SELECT ?c (COUNT(?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n)", "text/csv"),
                sparql("SELECT ?s ?p ?o { ?s ?p ?o } LIMIT 500", RESULTS_JSON),
                sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200", "text/turtle"),
                sparql("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "application/sparql-results+xml"),
                sparql("SELECT ?s ?o { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(LCASE(STR(?o)), \"the\")) } LIMIT 50",
                        RESULTS_JSON),
                sparql("DESCRIBE ?s WHERE { ?s a ?c } LIMIT 5", "application/n-triples"));
    }

    /**
     * Queries no server has been asked before: the same light query shapes with a different window
     * (OFFSET, LIMIT) each, more of them than a round sends, so that no answer is asked for twice.
     * {@code series} keeps rounds and servers apart. What a cache costs when it never hits.
     */
    static List<LoadRun.Request> uniqueMix(int series) {
        List<LoadRun.Request> out = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            String window = " OFFSET " + (i % 997) + " LIMIT " + (1 + i % 50 + 50 * series);
            out.add(i % 2 == 0
                    ? sparql("SELECT ?s ?p ?o { ?s ?p ?o }" + window, RESULTS_JSON)
                    : sparql("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?d ?t { ?d dct:title ?t }" + window, "text/csv"));
        }
        return out;
    }

    static LoadRun.Request sparql(String query, String accept) {
        return new LoadRun.Request("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    /** Scenarios on routes beyond /sparql; each runs only where its route exists. */
    static List<Scenario> routes() {
        return List.of(
                new Scenario("resource pages (HTML)", List.of(4), Scenarios::resourcePages),
                new Scenario("saved queries", List.of(1, 4, 16), Scenarios::savedQueries),
                new Scenario("editor completion (/api/complete)", List.of(1), Scenarios::completions));
    }

    /**
     * What the editor asks while a person types: the ontology's prefix followed by each letter, and each
     * two-letter start of a word (the route is not cached, so every request is computed). One connection:
     * the latency a typist sees, against the 50 ms.
     */
    static List<LoadRun.Request> completions(HttpClient http, String url) throws Exception {
        List<LoadRun.Request> asks = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) asks.add(complete("mig:" + c));
        for (char a = 'a'; a <= 'z'; a++) {
            for (char v : new char[] {'a', 'e', 'i', 'o', 'u'}) asks.add(complete("" + a + v));
        }
        return status(http, url, asks.getFirst()) == 200 ? asks : List.of();
    }

    private static LoadRun.Request complete(String q) {
        return new LoadRun.Request("api/complete?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=20",
                "application/json");
    }

    /** Up to 50 resources under the server's base ({@code /id/...}) that answer with an HTML page. */
    static List<LoadRun.Request> resourcePages(HttpClient http, String url) throws Exception {
        String q = "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + url + "id/\")) } ORDER BY ?s LIMIT 50";
        JsonNode rows = getJson(http, url + sparql(q, RESULTS_JSON).path(), RESULTS_JSON);
        List<LoadRun.Request> pages = new ArrayList<>();
        if (rows == null) return pages;
        for (JsonNode b : rows.path("results").path("bindings")) {
            String path = b.path("s").path("value").asText().substring(url.length());
            LoadRun.Request page = new LoadRun.Request(path, "text/html");
            if (status(http, url, page) == 200) pages.add(page);
        }
        return pages;
    }

    /** The saved queries listed by {@code /api/queries} that run without parameters. */
    static List<LoadRun.Request> savedQueries(HttpClient http, String url) throws Exception {
        JsonNode list = getJson(http, url + "api/queries", "application/json");
        List<LoadRun.Request> runs = new ArrayList<>();
        if (list == null) return runs;
        JsonNode items = list.isArray() ? list : list.path("queries");
        for (JsonNode item : items) {
            String id = item.isTextual() ? item.asText() : item.path("id").asText("");
            if (id.isEmpty()) continue;
            // SPARQL JSON for tables, the query's own first format (Turtle) for graphs.
            LoadRun.Request run = new LoadRun.Request("api/queries/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                    RESULTS_JSON + ", */*;q=0.1");
            if (status(http, url, run) == 200) runs.add(run);
        }
        return runs;
    }

    private static int status(HttpClient http, String url, LoadRun.Request r) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + r.path())).header("Accept", r.accept())
                .timeout(Duration.ofSeconds(30)).build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode getJson(HttpClient http, String uri, String accept) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? Json.tree(r.body()) : null;
    }
}
