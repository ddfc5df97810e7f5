package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: 64 concurrent clients for about a minute (-Dkg.load.seconds),
 * each sending the request mix below in turn. Every answer must be the expected status; latency
 * percentiles are printed per request kind. All clients share one address, so the per-client limit
 * is raised to their number: the test is about the server under load, not the limit.
 */
class LoadIT {

    static final int CLIENTS = 64;

    /** One kind of request in the mix. Routes added later add a line here. */
    record Kind(String name, String path, String accept, int status) {}

    static List<Kind> mix() {
        return List.of(
                new Kind("sparql ASK", q("ASK { ?s ?p ?o }"), "application/sparql-results+json", 200),
                new Kind("sparql SELECT titles", q("PREFIX dct: <http://purl.org/dc/terms/> "
                        + "SELECT ?d ?t { ?d dct:title ?t } ORDER BY ?d"), "application/sparql-results+json", 200),
                new Kind("sparql SELECT count by class", q("SELECT ?c (COUNT(?s) AS ?n) { ?s a ?c } GROUP BY ?c "
                        + "ORDER BY DESC(?n)"), "text/csv", 200),
                new Kind("sparql CONSTRUCT", q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 200"), "text/turtle", 200),
                new Kind("sparql named graphs", q("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
                        "application/sparql-results+xml", 200),
                new Kind("sparql text filter", q("SELECT ?s ?o { ?s ?p ?o FILTER(isLiteral(?o) && "
                        + "CONTAINS(LCASE(STR(?o)), \"migration\")) } LIMIT 50"), "application/sparql-results+json", 200),
                new Kind("sparql DESCRIBE", q("DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 5"), "application/n-triples", 200),
                new Kind("graph store read", "data?default", "application/n-triples", 200),
                new Kind("home page", "", "text/html", 200),
                new Kind("ping", "$/ping", null, 200),
                new Kind("malformed query", q("SELECT ?x WHERE { ?x"), "application/json", 400));
    }

    private static String q(String query) {
        return "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void sixtyFourClientsForAMinuteWithoutAnError() throws Exception {
        Properties p = new Properties();
        p.setProperty("http.client.max.concurrent", Integer.toString(CLIENTS * 2));
        long seconds = Long.getLong("kg.load.seconds", 60);
        List<Kind> mix = mix();
        try (RunningServer server = RunningServer.start(ServeConfig.withOverrides(p))) {
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<List<long[]>> perClient = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch go = new CountDownLatch(1);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                List<long[]> samples = new ArrayList<>();
                perClient.add(samples);
                int offset = c;
                running.add(pool.submit(() -> {
                    go.await();
                    for (int i = offset; System.nanoTime() < end; i++) {
                        int k = i % mix.size();
                        Kind kind = mix.get(k);
                        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + kind.path()))
                                .timeout(Duration.ofSeconds(30));
                        if (kind.accept() != null) b.header("Accept", kind.accept());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = server.http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != kind.status()) {
                                errors.add(kind.name() + ": " + r.statusCode() + " "
                                        + new String(r.body(), StandardCharsets.UTF_8));
                            }
                        } catch (Exception e) {
                            errors.add(kind.name() + ": " + e);
                        }
                        samples.add(new long[] {k, System.nanoTime() - t0});
                    }
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            go.countDown();
            for (Future<?> f : running) f.get(seconds + 120, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            pool.shutdownNow();

            Map<String, List<Long>> byKind = new TreeMap<>();
            List<Long> all = new ArrayList<>();
            for (List<long[]> samples : perClient) {
                for (long[] s : samples) {
                    byKind.computeIfAbsent(mix.get((int) s[0]).name(), x -> new ArrayList<>()).add(s[1]);
                    all.add(s[1]);
                }
            }
            System.out.printf(Locale.ROOT, "LoadIT: %d clients, %.0f s, %d requests, %.0f req/s, %d errors%n",
                    CLIENTS, elapsed, all.size(), all.size() / elapsed, errors.size());
            System.out.println(line("all", all));
            byKind.forEach((k, v) -> System.out.println(line(k, v)));
            assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.peek());
            assertTrue(all.size() > CLIENTS * 10, "the load ran: " + all.size() + " requests");
            assertEquals(200, server.get("$/ping", null).statusCode());
        }
    }

    private static String line(String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "  %-30s n=%-7d p50=%7.1f ms  p99=%7.1f ms", name, sorted.length,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
