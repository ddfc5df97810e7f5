package eu.migrationkg.bench;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DumpWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code ./kg bench}: in one run, our server against bare Fuseki on the same data and the same query
 * mix (throughput ratio, rounds alternated so that a busy machine hurts both alike), cold start to
 * first answer with and without the JDK's AOT cache, resident memory after the load, and the route
 * scenarios of {@link Scenarios}. Every server is a separate JVM started from the jar; the report is
 * Markdown, ready for docs/BENCHMARKS.md.
 */
public final class Bench {

    /** What to run; the defaults take about three minutes. */
    public record Options(Path jar, Path workDir, int port, int barePort, int connections, int rounds,
                          Duration roundTime, Duration warmup, int coldStarts, List<String> jvmOptions,
                          List<String> serveArgs) {}

    private final Options o;
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Bench(Options options, PrintWriter log) {
        this.o = options;
        this.log = log;
    }

    /** Runs everything and returns the Markdown report. */
    public String run(AssembledDataset data) throws Exception {
        Files.createDirectories(o.workDir());
        Path nq = o.workDir().resolve("dataset.nq");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq))) {
            DumpWriter.writeNQuads(data.dataset(), out);
        }
        BenchReport report = new BenchReport(o, data.tripleCount());
        report.loadBefore = BenchReport.loadAverage();

        step("cold start, plain JVM");
        report.coldStart = coldStarts(List.of());
        Path aot = o.workDir().resolve("kg.aot");
        if (Runtime.version().feature() >= 25) {
            step("training the AOT cache");
            train(aot);
            if (Files.exists(aot)) {
                step("cold start with the AOT cache");
                report.coldStartAot = coldStarts(List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"));
            }
        }

        try (ServerProcess ours = startOurs(List.of(), "ours");
             ServerProcess bare = start(List.of("-cp", o.jar().toString(), BareFuseki.class.getName(),
                     Integer.toString(o.barePort()), nq.toString()), o.barePort(), "bare")) {
            ours.awaitFirstAnswer(http, Duration.ofSeconds(120));
            bare.awaitFirstAnswer(http, Duration.ofSeconds(120));
            List<LoadRun.Request> mix = Scenarios.sparqlMix();
            step("warm-up, " + o.warmup().toSeconds() + " s each");
            LoadRun.run(http, ours.url(), mix, o.connections(), o.warmup());
            LoadRun.run(http, bare.url(), mix, o.connections(), o.warmup());
            for (int r = 1; r <= o.rounds(); r++) {
                step("round " + r + " of " + o.rounds());
                report.ours.add(LoadRun.run(http, ours.url(), mix, o.connections(), o.roundTime()));
                report.bare.add(LoadRun.run(http, bare.url(), mix, o.connections(), o.roundTime()));
                log.printf(Locale.ROOT, "  ours %.0f req/s, bare %.0f req/s%n", last(report.ours).perSecond(),
                        last(report.bare).perSecond());
                // Each round asks queries neither server has seen: what a cache costs when it never hits.
                report.oursUnique.add(LoadRun.run(http, ours.url(), Scenarios.uniqueMix(2 * r), o.connections(), o.roundTime()));
                report.bareUnique.add(LoadRun.run(http, bare.url(), Scenarios.uniqueMix(2 * r + 1), o.connections(), o.roundTime()));
                log.printf(Locale.ROOT, "  unique: ours %.0f req/s, bare %.0f req/s%n", last(report.oursUnique).perSecond(),
                        last(report.bareUnique).perSecond());
            }
            report.rssOurs = ours.residentMegabytes();
            report.rssBare = bare.residentMegabytes();
            for (Scenario s : Scenarios.routes()) {
                List<LoadRun.Request> requests = s.discovery().discover(http, ours.url());
                if (requests.isEmpty()) {
                    step(s.name() + ": route not on this build, skipped");
                    report.skipped.add(s.name());
                    continue;
                }
                for (int c : s.connections()) {
                    step(s.name() + ", " + c + " connection(s)");
                    report.scenarios.add(new BenchReport.ScenarioResult(s.name(), requests.size(), c,
                            LoadRun.run(http, ours.url(), requests, c, o.roundTime())));
                }
            }
        }
        report.loadAfter = BenchReport.loadAverage();
        return report.markdown();
    }

    private static LoadRun.Result last(List<LoadRun.Result> l) {
        return l.get(l.size() - 1);
    }

    private void step(String what) {
        log.println("bench: " + what);
        log.flush();
    }

    private ServerProcess startOurs(List<String> extraJvm, String logName) throws IOException {
        List<String> args = new ArrayList<>(extraJvm);
        args.addAll(List.of("-jar", o.jar().toString(), "serve", "--port", Integer.toString(o.port())));
        args.addAll(o.serveArgs());
        return start(args, o.port(), logName);
    }

    private ServerProcess start(List<String> args, int port, String logName) throws IOException {
        return ServerProcess.start(o.jvmOptions(), args, port, o.workDir().resolve(logName + ".log"));
    }

    /** Median (and all) seconds from process start to the first answer. */
    private double[] coldStarts(List<String> extraJvm) throws Exception {
        double[] t = new double[o.coldStarts()];
        for (int i = 0; i < t.length; i++) {
            try (ServerProcess s = startOurs(extraJvm, "cold-start")) {
                t[i] = s.awaitFirstAnswer(http, Duration.ofSeconds(120));
            }
            log.printf(Locale.ROOT, "  %.2f s%n", t[i]);
        }
        return t;
    }

    /** A run that records what the JVM loads and links at start and under the mix, written on exit. */
    private void train(Path aot) throws Exception {
        Files.deleteIfExists(aot);
        try (ServerProcess s = startOurs(List.of("-XX:AOTCacheOutput=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"),
                "aot-training")) {
            s.awaitFirstAnswer(http, Duration.ofSeconds(120));
            LoadRun.run(http, s.url(), Scenarios.sparqlMix(), 2, Duration.ofSeconds(5));
        }
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    static <T> double sum(List<T> l, Function<T, Double> f) {
        return l.stream().mapToDouble(f::apply).sum();
    }
}
