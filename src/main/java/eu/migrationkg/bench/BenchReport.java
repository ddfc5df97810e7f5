package eu.migrationkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of one bench run, written as Markdown with the machine and the command. */
final class BenchReport {

    record ScenarioResult(String name, int requests, int connections, LoadRun.Result result) {}

    private final Bench.Options o;
    private final long triples;
    String loadBefore;
    String loadAfter;
    double[] coldStart = new double[0];
    double[] coldStartAot;
    final List<LoadRun.Result> ours = new ArrayList<>();
    final List<LoadRun.Result> bare = new ArrayList<>();
    /** The unique-query mix (no query asked twice), same rounds. */
    final List<LoadRun.Result> oursUnique = new ArrayList<>();
    final List<LoadRun.Result> bareUnique = new ArrayList<>();
    double rssOurs;
    double rssBare;
    final List<ScenarioResult> scenarios = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    BenchReport(Bench.Options o, long triples) {
        this.o = o;
        this.triples = triples;
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(machine()).append("  \n");
        b.append("Data: ").append(triples).append(" triples (default graph), same N-Quads for both servers.  \n");
        b.append("Server JVM options: `").append(String.join(" ", o.jvmOptions())).append("`; ")
                .append(o.connections()).append(" connections, ").append(o.rounds()).append(" alternated rounds of ")
                .append(o.roundTime().toSeconds()).append(" s after ").append(o.warmup().toSeconds())
                .append(" s warm-up each.  \n");
        b.append("Load average before / after: ").append(loadBefore).append(" / ").append(loadAfter).append("\n\n");

        double oursTotal = ours.stream().mapToDouble(r -> r.requests()).sum();
        double bareTotal = bare.stream().mapToDouble(r -> r.requests()).sum();
        double oursSec = ours.stream().mapToDouble(LoadRun.Result::seconds).sum();
        double bareSec = bare.stream().mapToDouble(LoadRun.Result::seconds).sum();
        double ratio = (oursTotal / oursSec) / (bareTotal / bareSec);
        b.append("| measure | result | target |\n|---|---|---|\n");
        b.append(row("`/sparql` throughput, ours / bare Fuseki", String.format(Locale.ROOT, "**%.2f** (%.0f vs %.0f req/s; per round: %s)",
                ratio, oursTotal / oursSec, bareTotal / bareSec, perRound()), ">= 0.95"));
        if (!oursUnique.isEmpty() && !bareUnique.isEmpty()) {
            double ou = oursUnique.stream().mapToDouble(r -> r.requests()).sum() / oursUnique.stream().mapToDouble(LoadRun.Result::seconds).sum();
            double bu = bareUnique.stream().mapToDouble(r -> r.requests()).sum() / bareUnique.stream().mapToDouble(LoadRun.Result::seconds).sum();
            b.append(row("`/sparql` unique queries (none asked twice), ours / bare Fuseki", String.format(Locale.ROOT,
                    "**%.2f** (%.0f vs %.0f req/s)", ou / bu, ou, bu), ">= 0.95"));
        }
        b.append(row("`/sparql` latency, ours p50 / p99", latency(ours), ""));
        b.append(row("`/sparql` latency, bare p50 / p99", latency(bare), ""));
        b.append(row("errors (any status but 200)", Long.toString(ours.stream().mapToLong(LoadRun.Result::errors).sum()
                + bare.stream().mapToLong(LoadRun.Result::errors).sum()), "0"));
        b.append(row("cold start to first answer, plain JVM", seconds(coldStart), "< 2.5 s"));
        if (coldStartAot != null) b.append(row("cold start to first answer, AOT cache", seconds(coldStartAot), "< 2.5 s"));
        b.append(row("resident memory after the load, ours (bare)", String.format(Locale.ROOT, "%.0f MB (%.0f MB)", rssOurs,
                rssBare), "< 256 MB"));
        for (ScenarioResult s : scenarios) {
            b.append(row(s.name() + ", " + s.connections() + " connection(s), " + s.requests() + " distinct requests",
                    String.format(Locale.ROOT, "%.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors", s.result().perSecond(),
                            s.result().percentileMillis(0.5), s.result().percentileMillis(0.99), s.result().errors()), ""));
        }
        for (String s : skipped) b.append(row(s, "skipped: the route is not on this build", ""));
        return b.toString();
    }

    private String perRound() {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < Math.min(ours.size(), bare.size()); i++) {
            r.add(String.format(Locale.ROOT, "%.2f", ours.get(i).perSecond() / bare.get(i).perSecond()));
        }
        return String.join(", ", r);
    }

    private static String latency(List<LoadRun.Result> runs) {
        long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos())).sorted().toArray();
        LoadRun.Result merged = new LoadRun.Result(all.length, 0, 1, all);
        return String.format(Locale.ROOT, "%.1f ms / %.1f ms", merged.percentileMillis(0.5), merged.percentileMillis(0.99));
    }

    private static String seconds(double[] t) {
        return String.format(Locale.ROOT, "**%.2f s** median of %s", Bench.median(t),
                Arrays.stream(t).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")));
    }

    private static String row(String a, String b, String c) {
        return "| " + a + " | " + b + " | " + c + " |\n";
    }

    static String machine() {
        String cpu = "?";
        String mem = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB").orElse("?");
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JVM's view below is still useful.
        }
        return String.format(Locale.ROOT, "%d cores (%s), %s RAM, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                cpu, mem, System.getProperty("os.name"), System.getProperty("os.version"), Runtime.version());
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
