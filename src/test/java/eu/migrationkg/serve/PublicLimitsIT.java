package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bounds of the public endpoint, each provoked over real HTTP against small configured limits. */
class PublicLimitsIT {

    /** Counts over a cartesian product of eight triple patterns: never finishes within the timeout. */
    static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
            + "?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";
    static final String REGEX_BOMB = "ASK { BIND(\"" + "a".repeat(60) + "b\" AS ?s) FILTER(REGEX(?s, \"^(.*a){20}$\")) }";

    @AutoClose
    private static RunningServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Properties p = new Properties();
        p.setProperty("query.timeout.seconds", "2");
        p.setProperty("query.max.rows", "5");
        p.setProperty("query.max.length", "2000");
        p.setProperty("http.max.body.bytes", "8192");
        p.setProperty("http.max.header.bytes", "8192");
        p.setProperty("http.client.max.concurrent", "2");
        p.setProperty("http.client.retry.after.seconds", "3");
        server = RunningServer.start(ServeConfig.withOverrides(p));
    }

    private static String q(String query) {
        return "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static int rows(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("results").get("bindings").size();
    }

    @Test
    void selectIsCutAtTheRowCapAndSaysSo() throws Exception {
        HttpResponse<String> all = server.get(q("SELECT * { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(5, rows(all));
        assertTrue(all.headers().firstValue(BoundedQueryProcessor.TRUNCATED_HEADER).isPresent());

        HttpResponse<String> few = server.get(q("SELECT * { ?s ?p ?o } LIMIT 3"), "application/sparql-results+json");
        assertEquals(3, rows(few));
        assertTrue(few.headers().firstValue(BoundedQueryProcessor.TRUNCATED_HEADER).isEmpty());
    }

    @Test
    void boundsLeaveAnswersIntact() throws Exception {
        HttpResponse<String> count = server.get(q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(1, rows(count));
        long n = JSON.readTree(count.body()).get("results").get("bindings").get(0).get("n").get("value").asLong();
        assertEquals(server.store().assembled().tripleCount(), n, "the count is of every triple, not of the capped rows");
        HttpResponse<String> regex = server.get(q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(REGEX(STR(?p), \"[a-z]\")) }"),
                "application/sparql-results+json");
        assertEquals(n, JSON.readTree(regex.body()).get("results").get("bindings").get(0).get("n").get("value").asLong(),
                "a guarded regex matches as Jena's does");
    }

    @Test
    void aQueryThatRunsOutOfTimeIsStoppedAndAnswered503() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = server.get(q(ENDLESS), "application/sparql-results+json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(503, body.get("status").asInt());
        assertTrue(seconds < 10, "stopped near the 2 s timeout, took " + seconds);
        assertFalse(r.body().contains("bindings"), "no result was streamed before the error");
    }

    @Test
    void aRegexBombIsStoppedByTheTimeout() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = server.get(q(REGEX_BOMB), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 10, "the matcher was interrupted, took " + seconds);
        // And ordinary regular expressions still work.
        HttpResponse<String> ok = server.get(q("ASK { FILTER(REGEX(\"Migration\", \"^mig\", \"i\")) "
                + "FILTER(REPLACE(\"abc\", \"b\", \"x\") = \"axc\") }"), "application/sparql-results+json");
        assertTrue(ok.body().contains("true"), ok.body());
    }

    @Test
    void tooLongQueriesAre414InAUrlAnd413InABody() throws Exception {
        String longQuery = "SELECT * { ?s ?p ?o } #" + "x".repeat(2100);
        assertEquals(414, server.get(q(longQuery), null).statusCode());
        assertEquals(413, server.post("sparql", "application/sparql-query", longQuery, null).statusCode());
        HttpResponse<String> huge = server.post("sparql", "application/sparql-query", "x".repeat(20_000), null);
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains("8192"), huge.body());
    }

    @Test
    void aBodyWithoutLengthIsRefused411() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8))))
                .build();
        assertEquals(411, server.http().send(req, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void serviceIsRefusedWithAReason() throws Exception {
        HttpResponse<String> r = server.get(q("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
        HttpResponse<String> nested = server.get(q("SELECT * { { SELECT * { OPTIONAL { SERVICE <http://127.0.0.1:9/> "
                + "{ ?s ?p ?o } } } } }"), null);
        assertEquals(400, nested.statusCode(), nested.body());
    }

    @Test
    void oneClientGetsOnlySoManyRequestsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> slow = new ArrayList<>();
            for (int i = 0; i < 6; i++) slow.add(pool.submit(() -> server.get(q(ENDLESS), null)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : slow) {
                HttpResponse<String> r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 429) {
                    assertEquals("3", r.headers().firstValue("Retry-After").orElse(""));
                }
            }
            assertTrue(statuses.contains(429), "some were refused: " + statuses);
            assertTrue(statuses.stream().filter(s -> s == 503).count() <= 2, "at most 2 ran: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, server.get("$/ping", null).statusCode());
    }

    @Test
    void anyOriginMayReadButNotWriteOrSendCredentials() throws Exception {
        HttpResponse<String> get = server.send("GET", "sparql?query=ASK%7B%7D", null, "Origin", "https://elsewhere.example");
        assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> pre = server.send("OPTIONS", "sparql", null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "PUT");
        String methods = pre.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertTrue(methods.contains("GET") && methods.contains("POST"), methods);
        assertFalse(methods.contains("PUT") || methods.contains("DELETE"), methods);
        HttpResponse<String> err = server.send("GET", "nowhere", null, "Origin", "https://elsewhere.example");
        assertEquals("*", err.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "errors are readable cross-origin too");
    }

    @Test
    void errorsComeInTheNegotiatedFormat() throws Exception {
        HttpResponse<String> html = server.get("nowhere?x=%3Cscript%3E", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> json = server.get(q("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertEquals(400, json.statusCode());
        JsonNode body = JSON.readTree(json.body());
        assertTrue(body.get("message").asText().contains("line 1, column"), json.body());
        HttpResponse<String> text = server.send("DELETE", "sparql", null);
        assertEquals(405, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void oversizedHeadersGetAShortAnswerNotJettysPage() throws Exception {
        try (Socket s = new Socket("127.0.0.1", URI.create(server.url()).getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 431"), response);
            assertFalse(response.contains("Jetty") || response.contains("<h2>HTTP ERROR"), response);
        }
        assertEquals(200, server.get("$/ping", null).statusCode());
    }

    @Test
    void pingAnswersWhileQueriesRunOutOfTime() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> slow = pool.submit(() -> server.get(q(ENDLESS), null));
            // Pings until the endless query is stopped: each must answer while it still runs (the bound is
            // the timeout's order, not a race: the query runs for seconds, a ping takes milliseconds).
            int answeredWhileRunning = 0;
            while (!slow.isDone()) {
                HttpResponse<String> ping = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, ping.statusCode());
                if (!slow.isDone()) answeredWhileRunning++;
            }
            assertTrue(answeredWhileRunning > 0, "a ping was answered while the query ran");
            assertEquals(503, slow.get().statusCode(), "the endless query was stopped by its timeout");
        } finally {
            pool.shutdownNow();
        }
    }
}
