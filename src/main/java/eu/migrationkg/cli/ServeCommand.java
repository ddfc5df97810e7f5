package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReleaseStore;
import eu.migrationkg.graph.Releases;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.serve.KgServer;
import eu.migrationkg.serve.ServeConfig;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.ServerSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the release of the repository's current inputs (target/releases/ID/, built first when "
                + "there is none): a read-only SPARQL endpoint at /sparql.",
                "Refuses to start when the graph violates a shape of ontology/shapes.ttl (each violation is named)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Port to listen on (default: server.port of the configuration, 3030).")
    Integer portOption;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: server.host of the configuration, 127.0.0.1; "
                    + "0.0.0.0 for every interface).")
    String hostOption;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file overriding the default limits (every key is in README.md).")
    Path configFile;

    @Option(names = "--watch", description = "Rebuild and swap the graph, and read the saved queries again, when a file under data/, "
            + "ontology/ or queries/ changes.")
    boolean watch;

    @Option(names = "--release", paramLabel = "ID",
            description = "Serve this release of target/releases/ as it is (a rollback, or one replica of a cluster); "
                    + "nothing is built.")
    String releaseOption;

    @Option(names = "--releases-dir", paramLabel = "DIR",
            description = "The folder of releases to serve from and prune (default: target/releases/ of the repository; "
                    + "kg cluster gives each replica its own, since TDB2 locks a release for the process that opens it).")
    Path releasesDir;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "3",
            description = "Releases kept in target/releases/ (the served one always is; default: ${DEFAULT-VALUE}).")
    int keep;

    private int port;
    private String host;

    @Mixin PublicAddressOptions publicAddress;

    @Option(names = "--trust-forwarded",
            description = "Take the public address from the Forwarded or X-Forwarded-Host/Proto/Prefix headers of a proxy in "
                    + "front (only behind one: anyone can send them).")
    boolean trustForwarded;

    @Override
    public Integer call() throws Exception {
        var out = project.out();
        var err = project.err();
        ServeConfig config = configFile != null ? ServeConfig.load(configFile) : ServeConfig.defaults();
        host = hostOption != null ? hostOption : config.host();
        port = portOption != null ? portOption : config.port();
        config = config.withListen(host, port).withWatch(watch || config.watch());
        String publicBase = publicAddress.namespace();
        java.util.Optional<String> address = publicAddress.address();
        // Said before a build that may take minutes, not after it.
        if (portTaken()) {
            err.println("kg serve: " + new KgServer.PortInUseException(new ServerSettings(host, port)).getMessage());
            return 1;
        }
        long t0 = System.nanoTime();
        Releases releases = new Releases(releasesDir != null ? releasesDir : project.layout().releasesDir());
        // The same build, SHACL gate included, makes the first release and every reload's (POST /$/reload, --watch):
        // a reload builds the new release beside the served one, opens it, and the store switches.
        ReloadableStore store;
        try {
            KnowledgeStore first;
            if (releaseOption != null) {
                Release chosen = releases.find(releaseOption).orElse(null);
                if (chosen == null) {
                    err.println("kg serve: no release " + releaseOption + " in " + project.layout().display(releases.dir())
                            + " (kept: " + String.join(", ", releases.list().stream().map(Release::name).toList())
                            + "); run ./kg build, or serve without --release");
                    return 1;
                }
                first = ReleaseStore.open(chosen);
            } else {
                first = ReleaseStore.open(project.release(publicBase, err, "serve"));
            }
            java.util.concurrent.atomic.AtomicReference<ReloadableStore> self = new java.util.concurrent.atomic.AtomicReference<>();
            store = new ReloadableStore(() -> {
                ReleaseStore next = ReleaseStore.open(project.release(publicBase, err, "serve"));
                // The release still answering requests until the switch is kept too, whatever --keep says.
                prune(releases, Set.copyOf(List.of(next.openedRelease().orElseThrow().name(),
                        self.get().openedRelease().orElseThrow().name())), err);
                return next;
            }, first);
            self.set(store);
        } catch (ReloadableStore.Refused e) {
            return 1;
        }
        prune(releases, Set.of(store.openedRelease().orElseThrow().name()), err);
        // The saved queries of each release served, read from the release's own copy of queries/.
        SavedQueries queries = new SavedQueries(store, s -> {
            QueryRegistry registry = QueryRegistry.load(new ProjectLayout(s.openedRelease().orElseThrow().inputs()),
                    publicBase);
            registry.problems().forEach(p -> err.println("kg: " + p));
            err.flush();
            return registry;
        });
        FusekiServer server;
        try {
            server = KgServer.start(new ServeContext(store, project.layout(), new ServerSettings(host, port, address, trustForwarded), config,
                    queries));
        } catch (KgServer.PortInUseException e) {
            err.println("kg serve: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "kg-shutdown"));
        String listening = "http://" + displayHost() + ":" + server.getPort() + "/";
        out.printf(Locale.ROOT, "Release %s: %d triples from %d sources, opened in %.1f s.%n", store.release(),
                store.tripleCount(), store.documentCount(), (System.nanoTime() - t0) / 1e9);
        long held = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> eu.migrationkg.graph.ValidationGraph.heldCount(
                eu.migrationkg.graph.ValidationGraph.read(store.dataset(), store.assembled().iris())));
        if (held > 0) {
            out.println("Held back " + held + " extracted statement" + (held == 1 ? "" : "s")
                    + " that break the shapes (listed at " + listening + "validation and by ./kg validate).");
        }
        out.println("Listening on " + listening + " (IRIs under " + publicBase + ", each answered at its path here"
                + address.map(a -> "; public address " + a).orElse("") + ")");
        out.println("SPARQL endpoint: " + listening + KgServer.SPARQL);
        out.println("Saved queries: " + queries.current().all().size() + " at " + listening + "api/queries (OpenAPI: "
                + listening + "api/openapi.json)");
        out.println("Try: curl '" + listening + KgServer.SPARQL + "?query=ASK%7B?s%20?p%20?o%7D'");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return 0;
    }

    /**
     * Keeps the {@code keep} newest releases and the served one: the one served before a reload stays
     * for a rollback ({@code --release}) as long as {@code keep} is 2 or more.
     */
    private void prune(Releases releases, Set<String> serving, java.io.PrintWriter err) {
        try {
            List<String> deleted = releases.prune(keep, serving);
            if (!deleted.isEmpty()) {
                err.println("kg serve: pruned release(s) " + String.join(", ", deleted) + " (--keep " + keep + ")");
                err.flush();
            }
        } catch (RuntimeException e) {
            err.println("kg serve: could not prune old releases: " + e.getMessage());
            err.flush();
        }
    }

    private boolean portTaken() {
        if (port == 0) return false;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(host), port));
            return false;
        } catch (java.io.IOException e) {
            return e instanceof java.net.BindException;
        }
    }

    /** Loopback and wildcard addresses are shown as localhost, the name a browser on this machine uses. */
    private String displayHost() {
        return switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "::1", "localhost" -> "localhost";
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
    }
}
