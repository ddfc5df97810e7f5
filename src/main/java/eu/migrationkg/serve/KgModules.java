package eu.migrationkg.serve;

import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.answers.AnswersModule;
import eu.migrationkg.serve.ld.LinkedDataModule;
import eu.migrationkg.serve.queries.SavedQueryModule;
import eu.migrationkg.serve.visual.PicturesModule;
import eu.migrationkg.serve.web.WebModule;
import java.util.List;
import org.apache.jena.fuseki.main.sys.FusekiModule;

/**
 * The server's features, one Fuseki module per concern, in the order they are prepared. Filters are
 * added in this order and run outermost first, so the protections listed first (error rendering,
 * CORS, limits) wrap every route the modules after them add.
 */
public final class KgModules {
    private KgModules() {}

    public static List<FusekiModule> standard(ServeContext ctx) {
        PerAssembly<Publication> publication = PerAssembly.publication(ctx.store());
        return List.of(
                new ReleaseHeaderModule(ctx.store()),
                new ObservabilityModule(ctx.config()),
                new ErrorPagesModule(),
                new CorsModule(ctx.config()),
                new RequestHygieneModule(),
                new LimitsModule(ctx.config()),
                new ReloadModule(ctx),
                new AnswersModule(ctx),
                new SavedQueryModule(ctx),
                new WebModule(),
                new LinkedDataModule(ctx),
                new PicturesModule(ctx),
                new SparqlFrontModule(ctx, publication),
                new SearchModule(ctx),
                new ValidationModule(ctx),
                new DatasetModule(ctx, publication));
    }
}
