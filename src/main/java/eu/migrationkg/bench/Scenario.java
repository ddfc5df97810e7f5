package eu.migrationkg.bench;

import java.net.http.HttpClient;
import java.util.List;

/**
 * A latency or throughput scenario on a route of the server. Its requests are discovered on the
 * running server; a route this build does not have gives none, and the scenario is reported as
 * skipped. Adding one is a few lines in {@link Scenarios}.
 */
record Scenario(String name, List<Integer> connections, Discovery discovery) {

    @FunctionalInterface
    interface Discovery {
        /** The requests to cycle through, or an empty list when the route is absent. */
        List<LoadRun.Request> discover(HttpClient http, String url) throws Exception;
    }
}
