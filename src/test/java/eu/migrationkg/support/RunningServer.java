package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.InMemoryStore;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReleaseBuilder;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.graph.ReleaseStore;
import eu.migrationkg.graph.Releases;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.serve.KgServer;
import eu.migrationkg.serve.ServeConfig;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.ServerSettings;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A real server on a free loopback port, serving the graph assembled from a project folder. One server for a
 * whole test class: {@code @AutoClose static RunningServer server;} started in {@code @BeforeAll}, and JUnit
 * stops it after the last test.
 */
public final class RunningServer implements AutoCloseable {

    private final FusekiServer server;
    private final ReloadableStore store;
    private final String url;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private RunningServer(FusekiServer server, ReloadableStore store, String url) {
        this.server = server;
        this.store = store;
        this.url = url;
    }

    public static RunningServer start() throws Exception {
        return start(TestProject.layout());
    }

    public static RunningServer start(ProjectLayout layout) throws Exception {
        return start(layout, null, a -> { }, ServeConfig.defaults());
    }

    /** With limits of the test's choosing (short timeouts, small caps). */
    public static RunningServer start(ServeConfig config) throws Exception {
        return start(TestProject.layout(), null, a -> { }, config);
    }

    public static RunningServer start(ProjectLayout layout, ServeConfig config) throws Exception {
        return start(layout, null, a -> { }, config);
    }

    public static RunningServer start(ProjectLayout layout, String base, Consumer<AssembledDataset> amend)
            throws Exception {
        return start(layout, base, amend, ServeConfig.defaults());
    }

    /**
     * A server whose IRIs are under the namespace {@code base} (null: the default namespace, as {@code kg serve}),
     * with {@code amend} applied to the assembled dataset before it is served (e.g. test fixtures),
     * reloadable as {@code kg serve} is: a reload assembles and amends again.
     */
    public static RunningServer start(ProjectLayout layout, String base, Consumer<AssembledDataset> amend,
                                      ServeConfig config) throws Exception {
        return start(layout, base, amend, config, java.util.Optional.empty(), false);
    }

    /**
     * A server under the namespace {@code base} (null: the default) reached at {@code publicAddress}
     * (empty: the address of each request), trusting proxy headers when {@code trustForwarded}, as
     * {@code kg serve --namespace --base --trust-forwarded} does.
     */
    public static RunningServer start(ProjectLayout layout, String base, java.util.Optional<String> publicAddress,
                                      boolean trustForwarded) throws Exception {
        return start(layout, base, a -> { }, ServeConfig.defaults(), publicAddress, trustForwarded);
    }

    public static RunningServer start(ProjectLayout layout, String base, Consumer<AssembledDataset> amend,
                                       ServeConfig config, java.util.Optional<String> publicAddress,
                                       boolean trustForwarded) throws Exception {
        int port = TestProject.freePort();
        String url = "http://localhost:" + port + "/";
        ReloadableStore store = new ReloadableStore(() -> {
            AssembledDataset assembled = new DatasetAssembler(layout, new Iris(base != null ? base : Iris.DEFAULT_NAMESPACE),
                    new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
            amend.accept(assembled);
            return new InMemoryStore(assembled);
        });
        FusekiServer server = KgServer.start(new ServeContext(store, layout,
                new ServerSettings("127.0.0.1", port, publicAddress, trustForwarded), config.withListen("127.0.0.1", port)));
        return new RunningServer(server, store, url);
    }

    /**
     * A server as {@code kg serve} runs one: it serves the release of the project's inputs from
     * {@code target/releases/} (built first when missing), and a reload builds the new release beside
     * it and switches. A build with problems is refused, as a reload refuses it.
     */
    public static RunningServer startRelease(ProjectLayout layout, ServeConfig config) throws Exception {
        return startRelease(layout, config, null);
    }

    /** As {@link #startRelease(ProjectLayout, ServeConfig)}, serving {@code first} (when not null) until a reload. */
    public static RunningServer startRelease(ProjectLayout layout, ServeConfig config, Release first) throws Exception {
        int port = TestProject.freePort();
        String url = "http://localhost:" + port + "/";
        String base = first != null ? first.manifest().base() : Iris.DEFAULT_NAMESPACE;
        java.util.function.Supplier<KnowledgeStore> loader = () -> ReleaseStore.open(release(layout, base));
        ReloadableStore store = new ReloadableStore(loader, first != null ? ReleaseStore.open(first) : loader.get());
        FusekiServer server = KgServer.start(new ServeContext(store, layout,
                new ServerSettings("127.0.0.1", port), config.withListen("127.0.0.1", port)));
        return new RunningServer(server, store, url);
    }

    /** The release of {@code layout}'s inputs under {@code base}: found, or built (refused when it has problems). */
    public static Release release(ProjectLayout layout, String base) {
        Releases releases = new Releases(layout.releasesDir());
        return releases.find(ReleaseId.of(layout), base).orElseGet(() -> {
            AssembledDataset staged = new DatasetAssembler(layout, new Iris(base),
                    new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assembleNamedGraphs();
            try {
                if (!staged.problems().isEmpty()) throw new ReloadableStore.Refused(staged.problems());
                return new ReleaseBuilder(releases, step -> { }).write(staged, layout, System.nanoTime());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                staged.dataset().close();
            }
        });
    }

    /** The server's address, ending with '/'; never part of an IRI of its graph. */
    public String url() { return url; }

    /** The namespace of the IRIs. */
    public String base() { return store.assembled().iris().base(); }

    public ReloadableStore store() { return store; }

    public HttpClient http() { return http; }

    public HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request with headers of the test's choosing; {@code headers} alternate name and value. */
    public HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET whose body is kept as bytes (dumps, gzip), with optional extra headers as name, value pairs. */
    public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Any method, with an optional body (null for none) of the given content type. */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
