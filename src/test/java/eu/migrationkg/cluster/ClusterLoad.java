package eu.migrationkg.cluster;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that keep sending a mix of SPARQL queries (GET and POST) and pages through one keep-alive
 * connection each (a new one only when the server closes it), until stopped or until each has sent
 * {@code maxPerClient} requests. Records every failure (a status other than 200, an I/O error, a
 * response without a release) and, per connection, the releases in the order they were served.
 */
final class ClusterLoad implements AutoCloseable {

    /** What one connection saw: the release of each response, in order. */
    record ConnectionHistory(int client, int connection, List<String> releases) {}

    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final String SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } "
            + "ORDER BY ?s LIMIT 5";

    private final int port;
    private final int maxPerClient;
    private final List<String[]> mix;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger[] perClient;
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ConnectionHistory> histories = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    ClusterLoad(int port, int clients, int maxPerClient, String resourcePage) {
        this.port = port;
        this.maxPerClient = maxPerClient;
        // {method, path, accept, form body}
        this.mix = List.of(
                new String[] {"GET", "/sparql?query=" + enc(ASK), "application/sparql-results+json", null},
                new String[] {"POST", "/sparql", "text/csv", "query=" + enc(SELECT)},
                new String[] {"GET", "/" + resourcePage, "text/html", null},
                new String[] {"GET", "/sparql?query=" + enc(SELECT), "application/sparql-results+xml", null},
                new String[] {"GET", "/" + resourcePage, "text/turtle", null},
                new String[] {"GET", "/api/queries", "application/json", null});
        this.perClient = new AtomicInteger[clients];
        for (int c = 0; c < clients; c++) {
            perClient[c] = new AtomicInteger();
            int client = c;
            Thread t = new Thread(() -> run(client), "cluster-client-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    private void run(int client) {
        int connections = 0;
        int sent = client;
        while (!stop.get() && perClient[client].get() < maxPerClient) {
            List<String> seen = new ArrayList<>();
            int id = connections++;
            try (KeepAliveConnection conn = new KeepAliveConnection("127.0.0.1", port, 60_000)) {
                while (conn.open() && !stop.get() && perClient[client].get() < maxPerClient) {
                    String[] r = mix.get(sent++ % mix.size());
                    String what = r[0] + " " + r[1] + " (" + r[2] + ")";
                    try {
                        KeepAliveConnection.Response resp = r[0].equals("GET") ? conn.get(r[1], r[2])
                                : conn.postForm(r[1], r[2], r[3]);
                        String release = resp.header("X-KG-Release");
                        if (resp.status() != 200) {
                            failures.add(what + ": status " + resp.status() + " from " + resp.header("X-KG-Replica") + ": "
                                    + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                        } else if (release == null) {
                            failures.add(what + ": no X-KG-Release");
                        } else {
                            seen.add(release);
                        }
                    } catch (IOException e) {
                        failures.add(what + ": " + e);
                        break;
                    } finally {
                        requests.incrementAndGet();
                        perClient[client].incrementAndGet();
                    }
                }
            } catch (IOException e) {
                failures.add("connect to 127.0.0.1:" + port + ": " + e);
            } finally {
                histories.add(new ConnectionHistory(client, id, List.copyOf(seen)));
            }
        }
    }

    long requests() {
        return requests.get();
    }

    /** The fewest requests any client has sent so far. */
    int leastPerClient() {
        int least = Integer.MAX_VALUE;
        for (AtomicInteger a : perClient) least = Math.min(least, a.get());
        return least;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Stops the clients, waits for them, and returns what each connection saw. */
    List<ConnectionHistory> finish() throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) t.join(120_000);
        return List.copyOf(histories);
    }

    @Override
    public void close() throws InterruptedException {
        finish();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
