package eu.migrationkg.serve.answers;

import eu.migrationkg.graph.KeptReleases;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.metrics.MetricsProvider;
import org.apache.jena.rdf.model.Model;

/**
 * Release-stamped, cacheable and citable answers ({@link CachedAnswersFilter}), in front of the query
 * endpoint and the routes that answer from the release alone. Listed after the limits, so a refused
 * request is refused before it is looked up, and before the routes it fronts.
 */
public final class AnswersModule implements FusekiModule {

    /** What the cache may hold in all, in bytes of answers. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final ServeContext ctx;

    public AnswersModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        AnswerCache cache = new AnswerCache(MAX_BYTES);
        if (builder.getServletAttribute(Fuseki.attrMetricsProvider) instanceof MetricsProvider metrics) {
            cache.monitor(metrics.getMeterRegistry());
        }
        // The limits shape an answer (rows cut at the cap), so they are part of every key.
        String limits = "rows=" + ctx.config().maxRows() + ";timeout=" + ctx.config().queryTimeout().toMillis();
        builder.addFilter("/*", new CachedAnswersFilter(Site.of(ctx), cache, KeptReleases.currentOf(ctx.store()), limits,
                id -> ctx.queries().current().get(id).map(eu.migrationkg.queries.SavedQuery::summary)));
    }
}
