package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.awaitility.Awaitility.await;
import java.time.Duration;

/** The access log and /$/metrics, read after real requests. */
class ObservabilityIT {

    private static RunningServer server;
    private static final List<String> logLines = new CopyOnWriteArrayList<>();
    private static AbstractAppender appender;

    @BeforeAll
    static void start() throws Exception {
        appender = new AbstractAppender("test-access", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logLines.add(event.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        ((Logger) LogManager.getLogger(AccessLog.LOG.getName())).addAppender(appender);
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        ((Logger) LogManager.getLogger(AccessLog.LOG.getName())).removeAppender(appender);
    }

    @Test
    void everyRequestIsLoggedWithMethodPathStatusDurationAndBytes() throws Exception {
        HttpResponse<String> r = server.get("sparql?query=ASK%7B%7D&probe=log", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        server.get("no/such/page", null);
        server.get("no/such%0d%0aFAKE-LINE", null);
        Pattern line = Pattern.compile("GET /sparql 200 [0-9.]+ms ([0-9]+)B 127\\.0\\.0\\.1");
        String found = awaitLine(line);
        Matcher m = line.matcher(found);
        assertTrue(m.find());
        assertEquals(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, Integer.parseInt(m.group(1)));
        awaitLine(Pattern.compile("GET /no/such/page 404 "));
        String refused = awaitLine(Pattern.compile("GET /no/such.*FAKE-LINE 400 "));
        assertTrue(!refused.contains("\r") && !refused.contains("\n"), "no forged log line: " + refused);
    }

    private static String awaitLine(Pattern p) {
        // The access log is written asynchronously, after the response.
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> logLines.stream().filter(l -> p.matcher(l).find()).findFirst().orElse(null),
                        java.util.Objects::nonNull);
    }

    @Test
    void metricsCountAndTimeRequestsByRoute() throws Exception {
        for (int i = 0; i < 3; i++) server.get("sparql?query=ASK%7B%7D", "application/sparql-results+json");
        server.get("nothing/here/" + System.nanoTime(), null);
        server.get("$/ping", null);
        HttpResponse<String> m = server.get("$/metrics", null);
        assertEquals(200, m.statusCode());
        String text = m.body();
        assertTrue(count(text, "/sparql", "GET", "200") >= 3, text);
        assertTrue(count(text, "other", "GET", "404") >= 1, "unknown paths share one route");
        assertTrue(count(text, "/$/ping", "GET", "200") >= 1);
        assertTrue(text.contains("kg_http_requests_seconds_bucket{"), "latency histogram");
        assertTrue(!text.contains("nothing/here"), "raw paths never become labels");
    }

    @Test
    void metricsReportTheTextCachesHitsAndMisses() throws Exception {
        // A document page reads every passage's Markdown; rendered again (another address, so the answer
        // cache of whole responses does not answer it), it finds them in the text cache.
        String page = "id/source/ip-26-233";
        assertEquals(200, server.get(page, "text/html").statusCode());
        assertEquals(200, server.get(page + "?again=1", "text/html").statusCode());
        String text = server.get("$/metrics", null).body();
        double hits = 0;
        double misses = 0;
        for (String l : text.split("\n")) {
            if (!l.startsWith("cache_gets_total{") || !l.contains("cache=\"markdown-plain\"")) continue;
            double v = Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
            if (l.contains("result=\"hit\"")) hits += v;
            if (l.contains("result=\"miss\"")) misses += v;
        }
        assertTrue(misses > 0 && hits > 0, "hits " + hits + ", misses " + misses + " in:\n" + text);
        assertTrue(text.contains("cache_eviction_weight") || text.contains("cache_evictions"), "evictions reported");
    }

    /** The value of kg_http_requests_seconds_count for one route, method and status. */
    private static double count(String metrics, String route, String method, String status) {
        for (String l : metrics.split("\n")) {
            if (l.startsWith("kg_http_requests_seconds_count{") && l.contains("route=\"" + route + "\"")
                    && l.contains("method=\"" + method + "\"") && l.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}
