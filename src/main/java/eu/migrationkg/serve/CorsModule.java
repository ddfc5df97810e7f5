package eu.migrationkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Read-only CORS on every route (see {@link ReadOnlyCorsFilter}); off when {@code cors.enabled = false}. */
final class CorsModule implements FusekiModule {

    private final ServeConfig config;

    CorsModule(ServeConfig config) {
        this.config = config;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (config.corsEnabled()) {
            builder.addFilter("/*", new ReadOnlyCorsFilter(config.corsMaxAgeSeconds()));
        }
    }
}
