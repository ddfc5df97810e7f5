package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.cluster.Cluster;
import eu.migrationkg.cluster.Haproxy;
import eu.migrationkg.cluster.ReleaseSource;
import eu.migrationkg.cluster.Replica;
import eu.migrationkg.serve.ServeConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Serve the graph from several replicas behind HAProxy, on this machine: HAProxy listens on --port "
                + "and balances N `kg serve` processes of one release on loopback ports, failing over when one dies "
                + "(and starting it again). Stays in the foreground; Ctrl-C stops everything, letting requests in "
                + "progress finish.",
                "With --watch, a change under ontology/, data/ or queries/ builds the new release once and moves the "
                        + "replicas to it one at a time. State (release, pids, ports): target/cluster/state.json. "
                        + "Needs HAProxy (apt-get install haproxy). See docs/CLUSTER.md."})
final class ClusterCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--replicas", defaultValue = "3", paramLabel = "N",
            description = "Number of replicas (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "PORT",
            description = "Port HAProxy listens on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address HAProxy listens on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface). "
                    + "The replicas always listen on loopback.")
    String host;

    @Mixin PublicAddressOptions publicAddress;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Limits of the replicas, as for kg serve --config; http.client.max.concurrent becomes "
                    + "HAProxy's limit of connections per client address.")
    Path configFile;

    @Option(names = "--watch", description = "Roll the replicas to a new release when a file under data/, ontology/ or "
            + "queries/ changes.")
    boolean watch;

    @Option(names = "--haproxy", paramLabel = "PATH", description = "The haproxy executable (default: found on the PATH "
            + "or in /usr/sbin).")
    Path haproxyOption;

    @Option(names = "--template", paramLabel = "FILE", description = "HAProxy configuration template (default: "
            + "deploy/haproxy.cfg.template of the kg installation, else of the project).")
    Path templateOption;

    @Option(names = "--grace", defaultValue = "20", paramLabel = "SECONDS",
            description = "How long a stop waits for requests in progress (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    @Option(names = "--start-timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "How long a replica may take to start serving (default: ${DEFAULT-VALUE}).")
    int startSeconds;

    @Option(names = "--replica-jvm-options", paramLabel = "OPTIONS", defaultValue = "-XX:+UseSerialGC -Xms32m -Xmx128m",
            description = "JVM options of each replica (default: ${DEFAULT-VALUE}, as ./kg serve).")
    String replicaJvmOptions;

    @Override
    public Integer call() throws Exception {
        var out = project.out();
        var err = project.err();
        if (replicas < 1) {
            err.println("kg cluster: --replicas must be at least 1");
            return 2;
        }
        Path haproxy = haproxyOption != null ? haproxyOption : Haproxy.find().orElse(null);
        if (haproxy == null || !Files.isExecutable(haproxy)) {
            err.println("kg cluster: " + Haproxy.INSTALL_HINT);
            return 3;
        }
        ProjectLayout layout = project.layout();
        Path template = template(layout);
        if (!Files.isRegularFile(template)) {
            err.println("kg cluster: no HAProxy template at " + template + "; name one with --template");
            return 2;
        }
        // A bad file is refused (with the key named) before anything starts.
        if (configFile != null) ServeConfig.load(configFile);
        if (!free(host, port)) {
            err.println("kg cluster: port " + port + " on " + host + " is already in use; stop the other server or "
                    + "choose another port with --port");
            return 1;
        }
        Cluster cluster = new ClusterSetup(project, replicas, host, port, publicAddress, configFile, template, haproxy,
                graceSeconds, startSeconds, List.of(replicaJvmOptions.strip().split("\\s+"))).create(out, err);
        Path dir = cluster.stateFile().getParent();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kg-cluster-stop"));
        long t0 = System.nanoTime();
        try {
            cluster.start();
        } catch (ReleaseSource.Refused e) {
            return 1;
        } catch (IOException e) {
            err.println("kg cluster: " + e.getMessage());
            return 1;
        }
        String url = "http://" + displayHost() + ":" + port + "/";
        out.printf(java.util.Locale.ROOT, "Release %s: %d replicas and HAProxy up in %.1f s.%n", cluster.release(),
                replicas, (System.nanoTime() - t0) / 1e9);
        for (Replica r : cluster.replicas()) {
            out.println("  replica " + r.name() + ": http://127.0.0.1:" + r.port() + "/ (pid " + r.pid() + ", log "
                    + layout.display(dir.resolve(r.name() + ".log")) + ")");
        }
        out.println("Listening on " + url + " (HAProxy, pid " + cluster.haproxyPid() + "; which replica answered: the "
                + "X-KG-Replica header and " + layout.display(dir.resolve("haproxy.log")) + ")");
        out.println("SPARQL endpoint: " + url + "sparql");
        out.println("State: " + layout.display(cluster.stateFile()));
        AutoCloseable watcher = null;
        if (watch) {
            watcher = cluster.watch(List.of(layout.ontologyDir(), layout.root().resolve("data"), layout.queriesDir()));
            out.println("Watching ontology/, data/ and queries/: a change rolls the replicas to the new release, "
                    + "one at a time.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            return cluster.ended().get();
        } finally {
            if (watcher != null) watcher.close();
        }
    }

    private Path template(ProjectLayout layout) {
        if (templateOption != null) return templateOption;
        String home = System.getenv("KG_HOME");
        Path installed = home == null || home.isBlank() ? null : Path.of(home, "deploy", "haproxy.cfg.template");
        if (installed != null && Files.isRegularFile(installed)) return installed;
        return layout.root().resolve("deploy/haproxy.cfg.template");
    }

    private static boolean free(String host, int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String displayHost() {
        return ClusterSetup.displayHost(host);
    }
}
