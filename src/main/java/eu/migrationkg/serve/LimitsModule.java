package eu.migrationkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * The bounds of a public endpoint: request size and per-client concurrency on every route, and the
 * SPARQL query operation replaced by {@link BoundedQueryProcessor} (timeout, row cap, no SERVICE).
 */
final class LimitsModule implements FusekiModule {

    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    private final ServeConfig config;

    LimitsModule(ServeConfig config) {
        this.config = config;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new RequestLimitsFilter(config));
        builder.registerOperation(Operation.Query, new BoundedQueryProcessor(config));
    }

    @Override
    public void server(FusekiServer server) {
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                // Fuseki allows 512 KB of headers for long GET queries; the configured cap is the public one.
                http.getHttpConfiguration().setRequestHeaderSize(config.maxHeaderBytes());
                // Fuseki's 5 MB output buffer is larger than Jetty's pooled buffers, so under a small heap it
                // was allocated (and zeroed) for each response: a profile showed it as the top cost. A
                // pooled size keeps it; a timeout still cannot truncate a 200, since SELECT rows are
                // gathered before the first byte.
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
            }
        }
    }
}
