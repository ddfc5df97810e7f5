package eu.migrationkg.serve;

import eu.migrationkg.graph.KnowledgeStore;
import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server. The dataset is mounted at the root so the protocol endpoints are
 * {@code /sparql} (and its alias {@code /query}) and {@code /data}; no update operation is registered
 * and the dataset is wrapped read-only, so writes are refused twice over.
 */
public final class KgServer {

    /** Endpoint names under the root; resource paths ({@code /id/...}) never collide with them. */
    public static final String SPARQL = "sparql";
    public static final String QUERY = "query";
    public static final String GRAPH_STORE = "data";

    private KgServer() {}

    public static FusekiServer build(ServerSettings settings, KnowledgeStore store) {
        DataService service = DataService.newBuilder(new DatasetGraphReadOnly(store.dataset()))
                .addEndpoint(Operation.Query, SPARQL)
                .addEndpoint(Operation.Query, QUERY)
                .addEndpoint(Operation.GSP_R, GRAPH_STORE)
                .build();
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .enablePing(true)
                .addFilter("/*", new DrainRequestBodyFilter(1024 * 1024))
                .add("/", service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(settings.host());
            }
        }
        return server;
    }

    /** Starts the server; a port already taken becomes a {@link PortInUseException}. */
    public static FusekiServer start(ServerSettings settings, KnowledgeStore store) throws PortInUseException {
        FusekiServer server = build(settings, store);
        try {
            return server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new PortInUseException(settings);
                }
            }
            throw e;
        }
    }

    /** The port (or address) cannot be bound. */
    public static final class PortInUseException extends Exception {
        public PortInUseException(ServerSettings s) {
            super("port " + s.port() + " on " + s.host() + " is already in use; stop the other server or choose "
                    + "another port with --port");
        }
    }
}
