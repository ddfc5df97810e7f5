package eu.migrationkg.serve;

import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
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

    public static FusekiServer build(ServeContext ctx) {
        ServerSettings settings = ctx.settings();
        DataService service = DataService.newBuilder(readOnly(ctx.store().dataset()))
                .addEndpoint(Operation.Query, SPARQL)
                .addEndpoint(Operation.Query, QUERY)
                .addEndpoint(Operation.GSP_R, GRAPH_STORE)
                .build();
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .enablePing(true)
                .fusekiModules(FusekiModules.create(KgModules.standard(ctx)))
                .add("/", service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(settings.host());
            }
        }
        return server;
    }

    /**
     * The store's dataset, read-only. The context and the default graph are asked of the dataset each
     * time rather than kept, because a reload may replace the dataset (and what its context holds, such
     * as an index): Jena's read-only wrapper keeps the default graph it finds when it is made, which
     * answered every default-graph query after a reload from the first release served, under the new
     * release's name.
     */
    private static DatasetGraphReadOnly readOnly(DatasetGraph dataset) {
        return new DatasetGraphReadOnly(dataset) {
            @Override
            public Context getContext() {
                return dataset.getContext();
            }

            @Override
            public Graph getDefaultGraph() {
                return new GraphReadOnly(dataset.getDefaultGraph());
            }

            @Override
            public Graph getUnionGraph() {
                return new GraphReadOnly(dataset.getUnionGraph());
            }
        };
    }

    /** Starts the server; a port already taken becomes a {@link PortInUseException}. */
    public static FusekiServer start(ServeContext ctx) throws PortInUseException {
        ServerSettings settings = ctx.settings();
        FusekiServer server = build(ctx);
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
