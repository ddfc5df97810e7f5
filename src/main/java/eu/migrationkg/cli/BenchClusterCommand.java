package eu.migrationkg.cli;

import eu.migrationkg.bench.ClusterBench;
import eu.migrationkg.cluster.Cluster;
import eu.migrationkg.cluster.Haproxy;
import eu.migrationkg.cluster.ReplicaLauncher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Throughput through HAProxy against the number of replicas (kg cluster): for each count a "
                + "cluster is started on --port, loaded with the /sparql mix of ./kg bench, and stopped. Prints a "
                + "Markdown report for docs/BENCHMARKS.md."})
final class BenchClusterCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--replicas", defaultValue = "1,2,3", split = ",", paramLabel = "N",
            description = "Replica counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> replicas;

    @Option(names = "--port", defaultValue = "3048", description = "Port of HAProxy (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--connections", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seconds", defaultValue = "15", description = "Length of a measurement (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds per cluster (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--template", paramLabel = "FILE", description = "HAProxy configuration template (default: "
            + "deploy/haproxy.cfg.template of the project).")
    Path template;

    @Override
    public Integer call() throws Exception {
        var out = project.out();
        var err = project.err();
        Path haproxy = Haproxy.find().orElse(null);
        if (haproxy == null) {
            err.println("kg bench cluster: " + Haproxy.INSTALL_HINT);
            return 3;
        }
        Path tpl = template != null ? template : project.layout().root().resolve("deploy/haproxy.cfg.template");
        // Every bench client connects from 127.0.0.1: HAProxy's per-address limit must let them all in.
        Path config = project.layout().root().resolve("target/bench/cluster-bench.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "# Written by ./kg bench cluster: all bench clients share one address.\n"
                + "http.client.max.concurrent = " + Math.max(BenchCommand.BENCH_CLIENT_LIMIT, connections) + "\n");
        // The cluster's own messages go to stderr with the progress; stdout keeps the report.
        PrintWriter quiet = new PrintWriter(new StringWriter());
        ClusterBench bench = new ClusterBench(n -> {
            Cluster cluster = new ClusterSetup(project, n, "127.0.0.1", port, PublicAddressOptions.defaults(), config, tpl, haproxy, 10, 600,
                    ReplicaLauncher.JVM_OPTIONS)
                    .create(quiet, err);
            try {
                cluster.start();
            } catch (Exception e) {
                cluster.close();
                throw e;
            }
            return new ClusterBench.Started() {
                @Override
                public String balancerUrl() {
                    return "http://localhost:" + port + "/";
                }

                @Override
                public String firstReplicaUrl() {
                    return "http://127.0.0.1:" + cluster.replicas().get(0).port() + "/";
                }

                @Override
                public void close() throws InterruptedException {
                    cluster.close();
                }
            };
        }, connections, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), err);
        String report = bench.run(replicas);
        out.println();
        out.println(report);
        out.println("Command: " + project.asTyped());
        out.flush();
        return 0;
    }
}
