package eu.migrationkg.bench;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput through HAProxy against the number of replicas: for each count, a cluster is started,
 * warmed up, loaded with the /sparql mix of the main bench by closed-loop clients, and stopped. With one
 * replica the same load also goes to the replica directly, which prices HAProxy itself.
 */
public final class ClusterBench {

    /** Starts a cluster of so many replicas; closing it stops it. */
    @FunctionalInterface
    public interface Starter {
        Started start(int replicas) throws Exception;
    }

    /** A running cluster: where HAProxy listens, where the first replica listens, and how to stop it. */
    public interface Started extends AutoCloseable {
        String balancerUrl();

        String firstReplicaUrl();
    }

    /** One measured row. */
    record Row(String what, int replicas, LoadRun.Result result) {}

    private final Starter starter;
    private final int connections;
    private final Duration duration;
    private final Duration warmup;
    private final PrintWriter progress;

    public ClusterBench(Starter starter, int connections, Duration duration, Duration warmup, PrintWriter progress) {
        this.starter = starter;
        this.connections = connections;
        this.duration = duration;
        this.warmup = warmup;
        this.progress = progress;
    }

    /** Runs every count and returns the Markdown report. */
    public String run(List<Integer> replicaCounts) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<LoadRun.Request> mix = Scenarios.sparqlMix();
        List<Row> rows = new ArrayList<>();
        for (int n : replicaCounts) {
            progress.println("bench cluster: starting " + n + " replica(s) ...");
            progress.flush();
            try (Started cluster = starter.start(n)) {
                LoadRun.run(http, cluster.balancerUrl(), mix, connections, warmup);
                if (n == 1) {
                    rows.add(new Row("1 replica, direct (no HAProxy)", 1,
                            LoadRun.run(http, cluster.firstReplicaUrl(), mix, connections, duration)));
                }
                LoadRun.Result r = LoadRun.run(http, cluster.balancerUrl(), mix, connections, duration);
                rows.add(new Row(n + " replica" + (n == 1 ? "" : "s") + " behind HAProxy", n, r));
                progress.printf(Locale.ROOT, "bench cluster: %d replica(s): %.0f requests/s%n", n, r.perSecond());
                progress.flush();
            }
        }
        return report(rows);
    }

    private String report(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d closed-loop clients, the /sparql mix of `./kg bench`, %d s per row "
                + "after %d s of warm-up, on %d cores.%n%n", connections, duration.toSeconds(), warmup.toSeconds(),
                Runtime.getRuntime().availableProcessors()));
        md.append("| setup | requests/s | per replica | p50 ms | p99 ms | errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %.1f | %d |%n", r.what(),
                    r.result().perSecond(), r.result().perSecond() / r.replicas(), r.result().percentileMillis(0.5),
                    r.result().percentileMillis(0.99), r.result().errors()));
        }
        return md.toString();
    }
}
