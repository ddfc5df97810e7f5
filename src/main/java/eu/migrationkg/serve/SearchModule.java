package eu.migrationkg.serve;

import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Full-text search at {@code /search}, and the editor's completions at {@code /api/complete}, over the served release. */
final class SearchModule implements FusekiModule {

    static final String PATH = "/search";

    private final ServeContext ctx;

    SearchModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new SearchServlet(Site.of(ctx)));
        builder.addServlet(CompletionServlet.PATH, new CompletionServlet(ctx, new PerAssembly<>(ctx.store(), Completions::of)));
    }
}
