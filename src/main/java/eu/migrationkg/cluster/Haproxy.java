package eu.migrationkg.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The HAProxy process of a cluster: found on the machine, started in the foreground, stopped softly. */
public final class Haproxy {

    /** Where Debian puts it ({@code /usr/sbin} is often not on a user's PATH). */
    private static final List<String> SYSTEM_DIRS = List.of("/usr/sbin", "/usr/local/sbin", "/sbin");

    public static final String INSTALL_HINT = "HAProxy is not installed: install it with 'apt-get install haproxy' "
            + "(Debian, Ubuntu) or your system's package, or name it with --haproxy PATH";

    private final Process process;
    private final Path log;
    private final HaproxyRuntime runtime;

    private Haproxy(Process process, Path log, HaproxyRuntime runtime) {
        this.process = process;
        this.log = log;
        this.runtime = runtime;
    }

    /** The haproxy executable on the PATH or in the system folders, if any. */
    public static Optional<Path> find() {
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) dirs.addAll(List.of(path.split(File.pathSeparator)));
        dirs.addAll(SYSTEM_DIRS);
        for (String d : dirs) {
            if (d.isBlank()) continue;
            Path p = Path.of(d, "haproxy");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Checks the configuration with {@code haproxy -c}; HAProxy's own message is the exception's. */
    static void check(Path executable, Path config) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable.toString(), "-c", "-q", "-f", config.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IOException("HAProxy refuses " + config + ": " + said);
    }

    /**
     * Starts {@code haproxy -db -f config} (in the foreground, its log lines appended to {@code log}) and
     * waits until its runtime API answers.
     */
    static Haproxy start(Path executable, Path config, Path socket, Path log, Duration limit)
            throws IOException, InterruptedException {
        Files.deleteIfExists(socket);
        Process p = new ProcessBuilder(executable.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HaproxyRuntime runtime = new HaproxyRuntime(socket);
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (!p.isAlive()) {
                throw new IOException("HAProxy exited with status " + p.exitValue() + ": " + lastLines(log));
            }
            if (Files.exists(socket)) {
                try {
                    runtime.command("show info");
                    return new Haproxy(p, log, runtime);
                } catch (IOException e) {
                    // The socket is there but not accepting yet.
                }
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("HAProxy did not start within " + limit.toSeconds() + " s: " + lastLines(log));
            }
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
    }

    public long pid() {
        return process.pid();
    }

    public HaproxyRuntime runtime() {
        return runtime;
    }

    Process process() {
        return process;
    }

    /**
     * A soft stop (SIGUSR1): HAProxy stops listening, lets the requests in progress finish and exits
     * (at the latest after the configuration's hard-stop-after). Killed if still there after {@code grace}.
     */
    void stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) return;
        try {
            new ProcessBuilder("kill", "-USR1", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        }
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size())).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    Path log() {
        return log;
    }
}
