package eu.migrationkg.cluster;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that keep sending a mix of SPARQL queries (GET and POST) and pages through one keep-alive
 * connection each (a new one only when the server closes it), each pausing between two requests,
 * until stopped or until each has sent {@code maxPerClient} requests. Records every failure (a status
 * other than 200, an I/O error, a response without a release) and, per connection, the releases in
 * the order they were served.
 *
 * <p>Like a browser (Chromium resends any method in this case) and as RFC 9112 section 9.3.1
 * allows for a request known to be safe (every request here reads: SPARQL queries by GET or POST,
 * pages), a request is sent once more, on a new connection, when a connection that had already carried
 * a response closes before a single byte of the next one: that is HTTP/1.1's keep-alive race, not a
 * lost request. Such resends are counted ({@link #resent()}); any other I/O error is a failure.
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
    private final AtomicLong resent = new AtomicLong();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ConnectionHistory> histories = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService pool;
    private final List<Client> clients = new ArrayList<>();

    ClusterLoad(int port, int clientCount, int maxPerClient, Duration pause, String resourcePage) {
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
        this.pool = Executors.newScheduledThreadPool(clientCount, r -> {
            Thread t = new Thread(r, "cluster-client");
            t.setDaemon(true);
            return t;
        });
        for (int c = 0; c < clientCount; c++) {
            Client client = new Client(c);
            clients.add(client);
            client.task = pool.scheduleWithFixedDelay(client, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One client: one request per run, on its keep-alive connection (a new one when the server closed
     * it), run again after a pause, as a person or a program between two queries would. Without the
     * pause 16 clients keep two cores so busy that a replica being started takes minutes.
     */
    private final class Client implements Runnable {
        final int index;
        final AtomicInteger sent = new AtomicInteger();
        int connections;
        KeepAliveConnection conn;
        List<String> seen = new ArrayList<>();
        volatile ScheduledFuture<?> task;

        Client(int index) {
            this.index = index;
        }

        @Override
        public synchronized void run() {
            if (stop.get() || sent.get() >= maxPerClient) return;
            String[] r = mix.get((index + sent.get()) % mix.size());
            String what = r[0] + " " + r[1] + " (" + r[2] + ")";
            try {
                KeepAliveConnection.Response resp;
                try {
                    resp = send(r);
                } catch (KeepAliveConnection.ClosedBeforeResponse e) {
                    if (!e.reused) throw e;
                    closeConnection();
                    resent.incrementAndGet();
                    resp = send(r);
                }
                String release = resp.header("X-KG-Release");
                if (resp.status() != 200) {
                    failures.add(what + ": status " + resp.status() + " from " + resp.header("X-KG-Replica") + ": "
                            + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                } else if (release == null) {
                    failures.add(what + ": no X-KG-Release");
                } else {
                    seen.add(release);
                }
                if (!conn.open()) closeConnection();
            } catch (IOException e) {
                failures.add(what + ": " + e);
                closeConnection();
            } finally {
                requests.incrementAndGet();
                sent.incrementAndGet();
            }
        }

        private KeepAliveConnection.Response send(String[] r) throws IOException {
            if (conn == null) conn = new KeepAliveConnection("127.0.0.1", port, 60_000);
            return r[0].equals("GET") ? conn.get(r[1], r[2]) : conn.postForm(r[1], r[2], r[3]);
        }

        private void closeConnection() {
            if (conn != null) {
                try {
                    conn.close();
                } catch (IOException e) {
                    // Closing anyway.
                }
                conn = null;
            }
            if (!seen.isEmpty()) histories.add(new ConnectionHistory(index, connections++, List.copyOf(seen)));
            seen = new ArrayList<>();
        }

        synchronized void end() {
            closeConnection();
        }
    }

    long requests() {
        return requests.get();
    }

    /** Requests sent again after a keep-alive connection closed before answering them (see above). */
    long resent() {
        return resent.get();
    }

    /** The fewest requests any client has sent so far. */
    int leastPerClient() {
        int least = Integer.MAX_VALUE;
        for (Client c : clients) least = Math.min(least, c.sent.get());
        return least;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Stops the clients, waits for the requests in progress, and returns what each connection saw. */
    List<ConnectionHistory> finish() throws InterruptedException {
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        for (Client c : clients) c.end();
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
