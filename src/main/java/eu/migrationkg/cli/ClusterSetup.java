package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.cluster.Cluster;
import eu.migrationkg.cluster.ReleaseSource;
import eu.migrationkg.cluster.ReplicaLauncher;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.serve.ServeConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A cluster of this repository as {@code kg cluster} and {@code kg bench cluster} make it: replicas on
 * free loopback ports, their limits from {@code --config} with the per-client one moved to HAProxy, the
 * release built by the same SHACL-gated assembly as {@code kg serve}'s, state under {@code target/cluster/}.
 */
record ClusterSetup(ProjectOptions project, int replicas, String host, int port, PublicAddressOptions publicAddress,
        Path configFile, Path template, Path haproxy, int graceSeconds, int startSeconds, List<String> replicaJvmOptions) {

    /** What the replicas allow one client: HAProxy is their only client, so the real limit is in HAProxy. */
    static final int REPLICA_CLIENT_LIMIT = 10_000;
    /** Requests in progress per replica; more wait in HAProxy's queue rather than crowd a small heap. */
    static final int REPLICA_MAX_CONNECTIONS = 64;

    Cluster create(PrintWriter out, PrintWriter err) throws IOException, ServeConfig.ConfigException {
        ServeConfig config = configFile != null ? ServeConfig.load(configFile) : ServeConfig.defaults();
        ProjectLayout layout = project.layout();
        Path dir = layout.root().resolve("target/cluster");
        Files.createDirectories(dir);
        // The IRIs are under the namespace whatever the address; the public address (--base), when given,
        // is where the replicas say the endpoint is, else the address each request reached (HAProxy's).
        String ns = publicAddress.namespace();
        java.util.Optional<String> address = publicAddress.address();
        Path replicaConfig = writeReplicaConfig(dir);
        ReleaseSource releases = new ReleaseSource(layout, dir.resolve("replicas"), () -> {
            try {
                return project.release(ns, err, "cluster");
            } catch (ReloadableStore.Refused e) {
                throw new ReleaseSource.Refused(e.getMessage());
            }
        });
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < replicas; i++) ports.add(freePort());
        Cluster.Options options = new Cluster.Options(replicas, host, port, dir, template, haproxy,
                config.maxConcurrentPerClient(), REPLICA_MAX_CONNECTIONS, (int) config.queryTimeout().toSeconds() + 5,
                Duration.ofSeconds(startSeconds), Duration.ofSeconds(graceSeconds));
        return new Cluster(options, releases,
                new ReplicaLauncher(layout.root(), ns, address, replicaConfig, dir, releases, replicaJvmOptions),
                ports, out);
    }

    /** The replicas' configuration: the given one, with the per-client limit raised (HAProxy applies it). */
    private Path writeReplicaConfig(Path dir) throws IOException {
        Properties p = new Properties();
        if (configFile != null) {
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        p.setProperty("http.client.max.concurrent", Integer.toString(REPLICA_CLIENT_LIMIT));
        // The cluster moves the replicas to a new release; a replica must not move itself.
        p.setProperty("reload.watch", "false");
        Path file = dir.resolve("replica.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Written by ./kg cluster: the replicas' limits (HAProxy limits each client)");
        }
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Loopback and wildcard addresses are shown as localhost, the name a browser on this machine uses. */
    static String displayHost(String host) {
        return switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "::1", "localhost" -> "localhost";
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
    }
}
