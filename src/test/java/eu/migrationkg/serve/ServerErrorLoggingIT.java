package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bug in a route (an exception out of a servlet) is answered with a generic 500 naming a request id,
 * and the server logs the stack trace once, under that id: what a user reports leads an operator to it.
 */
class ServerErrorLoggingIT {

    private static final List<LogEvent> events = new CopyOnWriteArrayList<>();
    private static AbstractAppender appender;
    private static FusekiServer server;
    private static String url;

    @BeforeAll
    static void start() {
        appender = new AbstractAppender("test-errors", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(event.toImmutable());
            }
        };
        appender.start();
        ((Logger) LogManager.getLogger(NegotiatedErrorFilter.class)).addAppender(appender);
        int port = TestProject.freePort();
        server = FusekiServer.create().port(port).loopback(true)
                .addFilter("/*", new NegotiatedErrorFilter())
                .addServlet("/boom", new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                        throw new IllegalStateException("a bug in a route");
                    }
                })
                .build().start();
        url = "http://localhost:" + port + "/boom";
    }

    @AfterAll
    static void stop() {
        server.stop();
        ((Logger) LogManager.getLogger(NegotiatedErrorFilter.class)).removeAppender(appender);
    }

    @Test
    void aForced500LogsOneStackTraceUnderTheRequestIdTheBodyShows() throws Exception {
        events.clear();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, r.statusCode());
        String id = r.headers().firstValue(RequestIds.HEADER).orElse(null);
        assertNotNull(id, "the response names its request id");
        assertTrue(r.body().contains("\"request\":\"" + id + "\""), r.body());
        assertFalse(r.body().contains("IllegalStateException") || r.body().contains("a bug in a route"),
                "no cause reaches the client: " + r.body());
        List<LogEvent> traces = events.stream().filter(e -> e.getThrown() != null).toList();
        assertEquals(1, traces.size(), "one stack trace logged: " + events);
        assertTrue(traces.get(0).getMessage().getFormattedMessage().contains(id),
                traces.get(0).getMessage().getFormattedMessage());
        assertEquals("a bug in a route", traces.get(0).getThrown().getMessage());
    }

    @Test
    void aPlainTextClientReadsTheRequestIdInTheMessage() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Request-Id", "lb-4711").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, r.statusCode());
        assertEquals("lb-4711", r.headers().firstValue(RequestIds.HEADER).orElse(null), "a balancer's id is kept");
        assertTrue(r.body().startsWith("500 Server Error: ") && r.body().contains("Request id: lb-4711."), r.body());
    }
}
