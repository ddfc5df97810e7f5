package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.ExtractionPipeline;
import eu.migrationkg.graph.BuildProblem;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.sources.SourceCatalog;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extraction speed: makes a synthetic corpus of at least --size megabytes of text from the "
                + "project's sources (copies of them as separate documents), extracts it on one thread, from "
                + "segmentation to quads, and reports megabytes of text per second: elapsed, and per CPU second of the "
                + "extracting thread (the figure that holds on a busy machine).",
                "It also reports MB/s per CPU second of the whole process (the extracting thread, the garbage "
                        + "collector and the JIT compiler), and names the garbage collector in use: ./kg runs batch commands "
                        + "with the throughput collector (-XX:+UseParallelGC) when more than one processor is available.",
                "Run it pinned to one core for the figure of docs/BENCHMARKS.md: taskset -c 0 ./kg bench extract"})
final class BenchExtractCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--size", paramLabel = "MB", defaultValue = "50",
            description = "Megabytes (10^6 bytes of UTF-8 text) in the corpus (default: ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs after the warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    // Two: after one pass the JIT compiler is still at work through the first timed run (the process's CPU per
    // megabyte falls by a fifth from the first timed run to the third); JMH warms up five times by default.
    @Option(names = "--warmups", paramLabel = "N", defaultValue = "2",
            description = "Warm-up runs over the whole corpus before the timed ones: measured and printed, left out of the "
                    + "median, as JMH does (default: ${DEFAULT-VALUE}, one before stop 25; 0 warms up on a tenth of the "
                    + "corpus, unmeasured, as before stop 24).")
    int warmups;

    @Override
    public Integer call() {
        PrintWriter out = project.out();
        ProjectLayout layout = project.layout();
        List<BuildProblem> problems = new ArrayList<>();
        ExtractionPipeline pipeline = new DatasetAssembler(layout, new Iris(Iris.DEFAULT_BASE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).extractionPipeline(problems);
        problems.forEach(p -> project.err().println("kg: " + p));
        List<SourceDocument> sources = SourceCatalog.read(layout.sourcesDir(), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                .documents();
        if (sources.isEmpty()) {
            project.err().println("kg bench extract: no readable source in " + layout.display(layout.sourcesDir()));
            return 1;
        }
        List<SourceDocument> corpus = corpus(sources, sizeMb * 1_000_000L);
        long bytes = corpus.stream().mapToLong(d -> d.body().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf(Locale.ROOT, "corpus: %,d documents, %.1f MB of text (copies of %d sources)%n", corpus.size(), bytes / 1e6,
                sources.size());
        out.flush();
        // The first pass over a corpus runs partly interpreted while the JIT compiles the hot code, and on one
        // core the compiler takes turns with it: a tenth of the corpus was not enough to finish that at 10 MB.
        if (warmups == 0) run(pipeline, corpus.subList(0, Math.max(1, corpus.size() / 10)));
        for (int i = 0; i < warmups; i++) timed(pipeline, corpus, bytes, "warm-up " + (i + 1) + " (not in the median)", out);
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        double[] processRates = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] rate = timed(pipeline, corpus, bytes, "run " + (i + 1), out);
            rates[i] = rate[0];
            cpuRates[i] = rate[1];
            processRates[i] = rate[2];
        }
        out.printf(Locale.ROOT, "extract: median %.2f MB/s elapsed, %.2f MB/s per CPU second of the extracting thread, "
                + "%.2f MB/s per CPU second of the process (Java %s, %s, %d processors available, %s)%n", median(rates),
                median(cpuRates), median(processRates), Runtime.version().feature(), collectors(),
                Runtime.getRuntime().availableProcessors(), cpu());
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * One extraction of the corpus, printed; returns MB/s elapsed, per CPU second of this thread, and per
     * CPU second of the whole process (which adds what the collector and the compiler spent meanwhile).
     */
    private static double[] timed(ExtractionPipeline pipeline, List<SourceDocument> corpus, long bytes, String name,
            PrintWriter out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.gc();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        long p0 = processCpuNanos();
        long[] counts = run(pipeline, corpus);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        double processSeconds = (processCpuNanos() - p0) / 1e9;
        double rate = bytes / 1e6 / seconds;
        double cpuRate = bytes / 1e6 / cpuSeconds;
        double processRate = bytes / 1e6 / processSeconds;
        out.printf(Locale.ROOT, "%s: %.1f s elapsed (%.2f MB/s), %.1f s on the CPU (%.2f MB/s), %.1f s for the process "
                + "(%.2f MB/s), %,d quads from %,d candidates%n", name, seconds, rate, cpuSeconds, cpuRate, processSeconds,
                processRate, counts[0], counts[1]);
        out.flush();
        return new double[] {rate, cpuRate, processRate};
    }

    /** CPU time of every thread of this JVM: the extracting one, the garbage collector's, the JIT compiler's. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The garbage collector in use, which the figures depend on (see docs/BENCHMARKS.md). */
    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
    }

    /** Copies of the sources, each a document of its own, until the corpus holds {@code bytes} of text. */
    static List<SourceDocument> corpus(List<SourceDocument> sources, long bytes) {
        List<SourceDocument> out = new ArrayList<>();
        long total = 0;
        for (int copy = 1; total < bytes; copy++) {
            for (SourceDocument s : sources) {
                out.add(new SourceDocument(s.name() + "-copy-" + copy, s.file(), s.meta(), s.body(), s.bodyLine()));
                total += s.body().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return out;
    }

    private static long[] run(ExtractionPipeline pipeline, List<SourceDocument> corpus) {
        long[] quads = {0};
        Extraction ex = new Extraction();
        pipeline.run(corpus, ex, q -> quads[0]++);
        return new long[] {quads[0], ex.candidates().size()};
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("cpu unknown");
        } catch (Exception e) {
            return "cpu unknown";
        }
    }
}
