package eu.migrationkg.cli;

import eu.migrationkg.bench.Bench;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the server in one run: /sparql against bare Fuseki (same data, same query mix) "
                + "as a throughput ratio, cold start to first answer (with and without the JDK's AOT cache), "
                + "resident memory after load, and the resource-page and saved-query scenarios where those "
                + "routes exist. Prints a Markdown report for docs/BENCHMARKS.md.",
                "Servers run as separate JVMs on loopback, on --port and --bare-port.",
                "./kg bench extract measures extraction speed instead."},
        subcommands = {BenchExtractCommand.class,
                BenchClusterCommand.class})
final class BenchCommand implements Callable<Integer> {

    /** The JVM options ./kg serve uses too (see the kg launcher): a small heap keeps the footprint low. */
    static final String SERVER_JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx1g";

    @Mixin ProjectOptions project;

    @Option(names = "--port", defaultValue = "3044", description = "Port of our server (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bare-port", defaultValue = "3047", description = "Port of bare Fuseki (default: ${DEFAULT-VALUE}).")
    int barePort;

    @Option(names = "--connections", defaultValue = "4", description = "Concurrent clients for /sparql (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--rounds", defaultValue = "3", description = "Alternated rounds, ours then bare (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seconds", defaultValue = "15", description = "Length of a round and of each scenario (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds per server (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--cold-starts", defaultValue = "3", description = "Cold starts measured per variant (default: ${DEFAULT-VALUE}).")
    int coldStarts;

    @Option(names = "--jvm-options", defaultValue = SERVER_JVM_OPTIONS,
            description = "JVM options of both servers (default: ${DEFAULT-VALUE}).")
    String jvmOptions;

    @Option(names = "--jar", description = "The runnable jar (default: target/migration-kg.jar).")
    Path jar;

    @Option(names = "--serve-config", paramLabel = "FILE",
            description = "A --config file for our server, e.g. to see what a feature costs (default: the shipped defaults).")
    Path serveConfig;

    /**
     * Every bench client connects from 127.0.0.1, so the per-client concurrency limit would count them
     * as one client and refuse the 16-connection scenario with 429s: the shipped defaults are used with
     * that one limit raised, unless a config file is given.
     */
    static final int BENCH_CLIENT_LIMIT = 64;

    private List<String> serveArgs() throws java.io.IOException {
        List<String> args = new ArrayList<>(List.of("--project-dir", project.layout().root().toString()));
        Path config = serveConfig;
        if (config == null) {
            config = project.layout().root().resolve("target/bench/serve-bench.properties");
            Files.createDirectories(config.getParent());
            Files.writeString(config, "# Written by ./kg bench: all bench clients share one address.\n"
                    + "http.client.max.concurrent = " + BENCH_CLIENT_LIMIT + "\n");
        }
        args.addAll(List.of("--config", config.toAbsolutePath().toString()));
        return args;
    }

    @Override
    public Integer call() throws Exception {
        var out = project.out();
        var err = project.err();
        Path jarPath = jar != null ? jar : project.layout().root().resolve("target/migration-kg.jar");
        if (!Files.isRegularFile(jarPath)) {
            err.println("kg bench: " + jarPath + " is missing; build it with ./kg build or mvn package");
            return 1;
        }
        List<String> jvm = new ArrayList<>(List.of(jvmOptions.strip().split("\\s+")));
        jvm.removeIf(String::isEmpty);
        AssembledDataset data = project.assemble(Iris.normaliseBase("http://localhost:" + port + "/"), err);
        Bench.Options options = new Bench.Options(jarPath, project.layout().root().resolve("target/bench"), port,
                barePort, connections, rounds, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), coldStarts,
                jvm, serveArgs());
        String report = new Bench(options, err).run(data);
        out.println();
        out.println(report);
        out.println("Command: " + project.asTyped());
        if (serveConfig == null) {
            out.println("Our server ran with the shipped limits except http.client.max.concurrent = "
                    + BENCH_CLIENT_LIMIT + ", since every bench client connects from the same address.");
        }
        out.flush();
        return 0;
    }
}
