package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.QueryRunner;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.migrationkg.serve.ServeContext;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The saved queries as a REST API: {@code /api/queries}, {@code /api/queries/{id}} and the OpenAPI 3.1
 * document at {@code /api/openapi.json}, generated once from the queries read at start.
 */
public final class SavedQueryApiModule implements FusekiModule {

    static final String OPENAPI_PATH = "/api/openapi.json";

    private final ServeContext ctx;

    public SavedQueryApiModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryRegistry registry = ctx.queries();
        String base = ctx.store().assembled().iris().base();
        SavedQueryServlet api = new SavedQueryServlet(registry, QueryRunner.local(ctx.store().dataset()), base);
        builder.addServlet(SavedQueryServlet.PATH, api);
        builder.addServlet(SavedQueryServlet.PATH + "/*", api);
        try {
            builder.addServlet(OPENAPI_PATH, new OpenApiServlet(
                    ApiResponses.JSON.writeValueAsBytes(OpenApiDocument.build(registry, base))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    /** Serves the document written at start; its ETag never changes while the server runs. */
    private static final class OpenApiServlet extends HttpServlet {
        private final byte[] document;

        OpenApiServlet(byte[] document) {
            this.document = document;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ApiResponses.send(req, resp, "application/json; charset=utf-8", document);
        }
    }
}
