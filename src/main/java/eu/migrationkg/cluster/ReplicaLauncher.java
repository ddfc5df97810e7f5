package eu.migrationkg.cluster;

import eu.migrationkg.graph.ReleaseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a replica: {@code kg serve} in a JVM of its own (the same Java and classes as this one) on a
 * loopback port, answering for the cluster's public address, its output appended to
 * {@code <name>.log} in the cluster's folder.
 */
public final class ReplicaLauncher {

    /** The launcher's options for {@code kg serve} (see the kg script): a small heap, a small footprint. */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m");

    private final Path projectDir;
    private final String namespace;
    private final java.util.Optional<String> publicAddress;
    private final Path replicaConfig;
    private final Path dir;
    private final ReleaseSource releases;
    private final List<String> jvmOptions;

    /**
     * {@code namespace}: of the IRIs the replicas publish; {@code publicAddress}: where clients reach the
     * cluster, when it is not the address their requests name.
     */
    public ReplicaLauncher(Path projectDir, String namespace, java.util.Optional<String> publicAddress, Path replicaConfig,
            Path dir, ReleaseSource releases, List<String> jvmOptions) {
        this.projectDir = projectDir;
        this.namespace = namespace;
        this.publicAddress = publicAddress;
        this.replicaConfig = replicaConfig;
        this.dir = dir;
        this.releases = releases;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    Replica start(String name, int port, ReleaseId release) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "eu.migrationkg.cli.Main", "serve",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--namespace", namespace,
                "--project-dir", projectDir.toString(), "--config", replicaConfig.toString()));
        publicAddress.ifPresent(a -> cmd.addAll(List.of("--base", a)));
        cmd.addAll(releases.serveArguments(name, release));
        Path log = dir.resolve(name + ".log");
        Files.createDirectories(dir);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // As ./kg serve does: glibc's per-thread malloc arenas otherwise add ~100 MB of resident memory.
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        return new Replica(name, port, pb.start(), log);
    }
}
