package eu.migrationkg.cluster;

import eu.migrationkg.graph.ReleaseId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running {@code kg serve} process of the cluster, on a loopback port, its output in a log file. */
public final class Replica {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String RELEASE_HEADER = "X-KG-Release";

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    Replica(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /**
     * Waits until the replica answers its liveness check, and returns the release it serves (its
     * {@code X-KG-Release}). A replica that exits first, or does not answer in time, is an error naming
     * the last lines of its log.
     */
    ReleaseId awaitServing(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("replica " + name + " exited with status " + process.exitValue() + "; its log ("
                        + log + ") ends: " + tail());
            }
            try {
                HttpResponse<Void> r = HTTP.send(ping, HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && r.headers().firstValue(RELEASE_HEADER).isPresent()) {
                    return new ReleaseId(r.headers().firstValue(RELEASE_HEADER).get());
                }
            } catch (IOException e) {
                // Not listening yet: the replica is still loading its graph.
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new IOException("replica " + name + " did not answer on port " + port + " within " + limit.toSeconds()
                + " s; its log (" + log + ") ends: " + tail());
    }

    /**
     * Stops the replica as Ctrl-C would (SIGTERM; its server stops, then the JVM exits) and waits; after
     * {@code grace} it is killed.
     */
    void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The last lines of the log, joined, for an error message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
