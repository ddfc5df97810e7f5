package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every response names the release that answered it, on every route and whatever its status. */
class ReleaseHeaderIT {

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    @Test
    void everyRouteAndStatusCarriesTheServedReleaseId() throws Exception {
        String release = server.store().release().value();
        assertTrue(release.matches("[0-9a-f]{16}"), release);
        for (String path : List.of("", "sparql?query=ASK%7B%7D", "$/ping", "dataset", "queries", "search?q=return",
                "explore", "ontology", "no/such/page", "sparql?query=NOT+SPARQL")) {
            HttpResponse<String> r = server.get(path, null);
            assertEquals(release, r.headers().firstValue("X-KG-Release").orElse(null),
                    "/" + path + " answered " + r.statusCode() + " without naming the release");
        }
    }

    @Test
    void browsersMayReadTheReleaseHeaderAcrossOrigins() throws Exception {
        HttpResponse<String> r = server.send("GET", "sparql?query=ASK%7B%7D", null, "Origin", "https://example.org");
        String exposed = r.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("X-KG-Release"), exposed);
    }
}
