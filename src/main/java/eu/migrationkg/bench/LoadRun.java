package eu.migrationkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code connections} clients, each sending the next request of the mix as soon as
 * the previous one is answered, for a fixed time. Counts answers, errors (any status but 200) and
 * keeps every latency for percentiles.
 */
final class LoadRun {

    /** A request of a mix: a path under the server's URL and the Accept header to send. */
    record Request(String path, String accept) {}

    record Result(long requests, long errors, double seconds, long[] sortedNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) return 0;
            return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
        }
    }

    private LoadRun() {}

    static Result run(HttpClient http, String url, List<Request> mix, int connections, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long t0 = System.nanoTime();
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                    Request r = mix.get(i % mix.size());
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + r.path()))
                            .timeout(Duration.ofSeconds(60));
                    if (r.accept() != null) b.header("Accept", r.accept());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                    lat[n++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : clients) all.add(f.get(duration.toSeconds() + 120, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdownNow();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(merged);
        return new Result(merged.length, errors.get(), seconds, merged);
    }
}
