package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every negotiating route follows the same rules (serve.web.Negotiation): no Accept, or one with
 * nothing well-formed in it, gets the route's first format and varies; an Accept that excludes every
 * format is 406; {@code ?format=} overrides Accept and does not vary; an unknown format is 400.
 */
class NegotiationIT {

    @AutoClose
    private static RunningServer server;
    /**
     * Fuseki's dispatcher, which sees one-segment paths first ({@code /dataset}, {@code /search}), marks
     * every GET it passes on with this; a route that negotiates by Accept replaces it with {@code Accept}.
     */
    private static final String FUSEKI_VARY =
            "Accept,Accept-Encoding,Accept-Charset,Origin,Access-Control-Request-Method,Access-Control-Request-Headers";

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static String vary(HttpResponse<String> r) {
        return r.headers().firstValue("Vary").orElse("");
    }

    private static String with(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    /** path | the route's first format | a format= name | its media type */
    private static final String ROUTES = """
            id/instrument/entry-exit-system | text/turtle | nt | application/n-triples
            dataset | text/turtle | jsonld | application/ld+json
            search?q=migration | application/json | html | text/html
            dumps/ | application/json | html | text/html
            api/queries/funding | application/sparql-results+json | csv | text/csv
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void withoutAPreferenceTheFirstFormatAndTheAnswerVaries(String path, String first, String name, String named)
            throws Exception {
        for (String accept : new String[] {null, "*/*", "garbage", "text/html;q=5"}) {
            HttpResponse<String> r = server.get(path, accept);
            assertEquals(200, r.statusCode(), path + " with " + accept + ": " + r.body());
            assertEquals(first, type(r), path + " with " + accept);
            assertEquals("Accept", vary(r), path + " with " + accept);
        }
        HttpResponse<String> blank = server.get(with(path, "format="), null);
        assertEquals(first, type(blank), "a blank format= is as if absent: " + path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void anAcceptThatExcludesEveryFormatIs406(String path, String first, String name, String named) throws Exception {
        for (String accept : new String[] {"image/png", "*/*;q=0", first + ";q=0, " + named + ";q=0, image/*"}) {
            HttpResponse<String> r = server.get(path, accept);
            assertEquals(406, r.statusCode(), path + " with " + accept + ": " + r.body());
            assertEquals("Accept", vary(r), path);
            assertTrue(r.body().contains(first), "the refusal names what is available: " + r.body());
            assertEquals(path.startsWith("api/") ? "application/problem+json" : "text/plain", type(r), path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = ROUTES)
    void theFormatParameterOverridesAcceptAndAnUnknownOneIs400(String path, String first, String name, String named)
            throws Exception {
        for (String value : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
            HttpResponse<String> r = server.get(with(path, "format=" + value), "image/png");
            assertEquals(200, r.statusCode(), path + " format=" + value + ": " + r.body());
            assertEquals(named, type(r), path);
            assertTrue(vary(r).isEmpty() || vary(r).equals(FUSEKI_VARY), "an override does not vary with Accept: " + path);
        }
        HttpResponse<String> unknown = server.get(with(path, "format=xlsx"), "*/*");
        assertEquals(400, unknown.statusCode(), path + ": " + unknown.body());
        assertTrue(unknown.body().contains("xlsx") && unknown.body().contains(name), unknown.body());
    }

    @Test
    void theSparqlEndpointAnswersWhatItOffersAndLeavesTheRestToFuseki() throws Exception {
        HttpResponse<String> none = server.get("sparql", null);
        assertEquals("text/turtle", type(none));
        assertEquals("Accept", vary(none));
        HttpResponse<String> byName = server.get("sparql?format=JSONLD", "text/html");
        assertEquals("application/ld+json", type(byName));
        assertEquals("", vary(byName));
        assertNotEquals(200, server.get("sparql", "image/png").statusCode());
    }
}
