package eu.migrationkg.serve;

import eu.migrationkg.serve.web.TextCache;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.prometheus.PrometheusMetricsProvider;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.rdf.model.Model;

/**
 * The access log and {@code /$/metrics}. Fuseki's Prometheus provider serves the page (with its own
 * per-endpoint counters and JVM metrics); {@link RouteMetricsFilter} adds request counts and latency
 * by route for every path, whatever module added it.
 */
final class ObservabilityModule implements FusekiModule {

    private final ServeConfig config;
    private RouteMetricsFilter routes;

    ObservabilityModule(ServeConfig config) {
        this.config = config;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (!config.metrics()) return;
        PrometheusMetricsProvider provider = new PrometheusMetricsProvider();
        builder.addServletAttribute(Fuseki.attrMetricsProvider, provider);
        builder.enableMetrics(true);
        routes = new RouteMetricsFilter(provider.getMeterRegistry());
        TextCache.reportTo(provider.getMeterRegistry());
        builder.addFilter("/*", routes);
    }

    @Override
    public void configured(FusekiServer.Builder builder, DataAccessPointRegistry registry, Model configModel) {
        if (routes == null) return;
        Set<String> paths = new HashSet<>();
        for (DataAccessPoint dap : registry.accessPoints()) {
            String base = dap.getName().equals("/") ? "" : dap.getName();
            dap.getDataService().forEachEndpoint(ep -> {
                if (!ep.getName().isEmpty()) paths.add(base + "/" + ep.getName());
            });
        }
        routes.endpoints(paths);
    }

    @Override
    public void server(FusekiServer server) {
        if (config.accessLog()) server.getJettyServer().setRequestLog(new AccessLog());
    }
}
