package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.QueryRunner;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The saved queries: the REST API ({@code /api/queries}, {@code /api/queries/{id}}), its OpenAPI 3.1
 * document ({@code /api/openapi.json}, generated once from the queries read at start) and its page
 * for people ({@code /api}), and the HTML pages ({@code /queries}, {@code /queries/{id}}).
 */
public final class SavedQueryModule implements FusekiModule {

    static final String OPENAPI_PATH = "/api/openapi.json";

    private final ServeContext ctx;

    public SavedQueryModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryRegistry registry = ctx.queries();
        String base = ctx.store().assembled().iris().base();
        QueryRunner runner = QueryRunner.local(ctx.store());
        SavedQueryServlet api = new SavedQueryServlet(registry, runner, base);
        builder.addServlet(SavedQueryServlet.PATH, api);
        builder.addServlet(SavedQueryServlet.PATH + "/*", api);
        Site site = Site.of(ctx);
        QueryPagesServlet pages = new QueryPagesServlet(registry, runner, site);
        builder.addServlet(QueryPagesServlet.PATH, pages);
        builder.addServlet(QueryPagesServlet.PATH + "/*", pages);
        builder.addServlet(ApiPageServlet.PATH, new ApiPageServlet(registry, site));
        builder.addServlet(OPENAPI_PATH, new OpenApiServlet(Representation.json(OpenApiDocument.build(registry, base))));
    }

    /** Serves the document written at start; its ETag never changes while the server runs. */
    private static final class OpenApiServlet extends HttpServlet {
        private final transient Representation document;

        OpenApiServlet(Representation document) {
            this.document = document;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Responses.send(req, resp, HttpServletResponse.SC_OK, document, null);
        }
    }
}
