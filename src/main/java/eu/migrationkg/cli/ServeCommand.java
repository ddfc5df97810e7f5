package eu.migrationkg.cli;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.InMemoryStore;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.serve.KgServer;
import eu.migrationkg.serve.ServeConfig;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.ServerSettings;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load the graph from the repository and serve it: a read-only SPARQL endpoint at /sparql.",
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

    private int port;
    private String host;

    @Option(names = "--base", paramLabel = "URL",
            description = "The public address the server is reached at, e.g. behind a proxy (default: the address each "
                    + "request was sent to). It names where the endpoint and dumps are, never the IRIs.")
    String base;

    @Option(names = "--namespace", paramLabel = "IRI", defaultValue = Iris.DEFAULT_NAMESPACE,
            description = "Namespace of every IRI of the graph, the same wherever the server runs (default: ${DEFAULT-VALUE}). "
                    + "The server answers each IRI of it at its path here.")
    String namespace;

    @Option(names = "--trust-forwarded",
            description = "Take the public address from the Forwarded or X-Forwarded-Host/Proto/Prefix headers of a proxy in "
                    + "front (only behind one: anyone can send them).")
    boolean trustForwarded;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ServeConfig config = configFile != null ? ServeConfig.load(configFile) : ServeConfig.defaults();
        host = hostOption != null ? hostOption : config.host();
        port = portOption != null ? portOption : config.port();
        config = config.withListen(host, port).withWatch(watch || config.watch());
        String publicBase = Iris.normaliseBase(namespace);
        java.util.Optional<String> address = java.util.Optional.ofNullable(base).map(Iris::normaliseBase);
        long t0 = System.nanoTime();
        // The same build, SHACL gate included, makes the first graph and every reload's (POST /$/reload, --watch).
        ReloadableStore store;
        try {
            store = new ReloadableStore(() -> new InMemoryStore(project.assembleOrRefuse(publicBase, err, "serve")));
        } catch (ReloadableStore.Refused e) {
            return 1;
        }
        AssembledDataset assembled = store.assembled();
        // Read again by every reload, reporting the files left out on stderr as the first read does.
        SavedQueries queries = new SavedQueries(() -> project.queries(publicBase, err));
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
        out.printf(Locale.ROOT, "Loaded %d triples from %d sources in %.1f s.%n", assembled.tripleCount(),
                assembled.documents().size(), (System.nanoTime() - t0) / 1e9);
        long held = eu.migrationkg.graph.ValidationGraph.heldCount(
                eu.migrationkg.graph.ValidationGraph.read(assembled.dataset(), assembled.iris()));
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

    /** Loopback and wildcard addresses are shown as localhost, the name a browser on this machine uses. */
    private String displayHost() {
        return switch (host) {
            case "127.0.0.1", "0.0.0.0", "::", "::1", "localhost" -> "localhost";
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
    }
}
