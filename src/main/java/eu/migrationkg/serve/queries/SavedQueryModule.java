package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.queries.QueryRunner;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The saved queries: the REST API ({@code /api/queries}, {@code /api/queries/{id}}), its OpenAPI 3.1
 * document ({@code /api/openapi.json}) and its page for people ({@code /api}), and the HTML pages
 * ({@code /queries}, {@code /queries/{id}}). Each request answers from the saved queries current when
 * it arrives, so a reload of {@code queries/} shows on the next request.
 */
public final class SavedQueryModule implements FusekiModule {

    static final String OPENAPI_PATH = "/api/openapi.json";

    private final ServeContext ctx;

    public SavedQueryModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        SavedQueries queries = ctx.queries();
        QueryRunner runner = QueryRunner.local(ctx.store());
        Site site = Site.of(ctx);
        SavedQueryServlet api = new SavedQueryServlet(queries, runner, site::address);
        builder.addServlet(SavedQueryServlet.PATH, api);
        builder.addServlet(SavedQueryServlet.PATH + "/*", api);
        QueryPagesServlet pages = new QueryPagesServlet(queries, runner, site);
        builder.addServlet(QueryPagesServlet.PATH, pages);
        builder.addServlet(QueryPagesServlet.PATH + "/*", pages);
        builder.addServlet(ApiPageServlet.PATH, new ApiPageServlet(queries, site));
        builder.addServlet(OPENAPI_PATH, new OpenApiServlet(queries, site));
    }

    /** When a page about the saved queries last changed: with the data, or with {@code queries/}. */
    static Instant lastModified(Site site, QueryRegistry registry) {
        Instant data = site.lastModified();
        return registry.modified().isAfter(data) ? registry.modified() : data;
    }

    /**
     * Serves the document of the current saved queries, written again only when a reload replaced them
     * (its ETag, a digest of the document, changes with it).
     */
    private static final class OpenApiServlet extends HttpServlet {
        private final transient SavedQueries queries;
        private final transient Site site;
        private transient volatile Written written;

        /** The document of these queries for a server reached at this address (its server URL). */
        private record Written(QueryRegistry from, String address, Representation document) {}

        OpenApiServlet(SavedQueries queries, Site site) {
            this.queries = queries;
            this.site = site;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Responses.send(req, resp, HttpServletResponse.SC_OK, document(site.address(req)), null);
        }

        /** Two requests racing after a reload may both write it; they write the same document. */
        private Representation document(String address) {
            QueryRegistry now = queries.current();
            Written w = written;
            if (w == null || w.from() != now || !w.address().equals(address)) {
                w = new Written(now, address, Representation.json(OpenApiDocument.build(now, address)));
                written = w;
            }
            return w.document();
        }
    }
}
