package eu.migrationkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A server run as a separate JVM, so that its start-up and memory are measured as a user would see them. */
final class ServerProcess implements AutoCloseable {

    static final String PROBE = "sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D";

    private final Process process;
    private final String url;
    private final long startNanos;

    private ServerProcess(Process process, String url, long startNanos) {
        this.process = process;
        this.url = url;
        this.startNanos = startNanos;
    }

    /** Starts {@code java jvmOptions... args...}, its output going to {@code log}. */
    static ServerProcess start(List<String> jvmOptions, List<String> args, int port, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        // As ./kg serve does: glibc's per-thread malloc arenas otherwise add ~100 MB of resident memory.
        pb.environment().put("MALLOC_ARENA_MAX", "2");
        long t0 = System.nanoTime();
        return new ServerProcess(pb.start(), "http://localhost:" + port + "/", t0);
    }

    String url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** Polls the probe query until it answers 200; returns the seconds since the process was started. */
    double awaitFirstAnswer(HttpClient http, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + PROBE)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IOException("the server exited with status " + process.exitValue());
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e9;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(10);
        }
        throw new IOException("no answer from " + url + " within " + limit.toSeconds() + " s");
    }

    /** Resident memory of the process in MB, from /proc (Linux); -1 where unavailable. */
    double residentMegabytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process is gone.
        }
        return -1;
    }

    /** Stops the server as Ctrl-C would (letting the JVM write an AOT cache if asked to). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
