package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code GET /api}: the saved-query API explained for people, one section per operation. */
final class ApiPageServlet extends HttpServlet {

    static final String PATH = "/api";

    private final transient SavedQueries queries;
    private final transient Site site;

    ApiPageServlet(SavedQueries queries, Site site) {
        this.queries = queries;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageFrame frame = site.frame(req, "Saved-query API").withSection(PageFrame.QUERIES)
                .withDescription("The REST API of the saved queries: one operation per query, results in every "
                        + "SPARQL result format, paging, ETags; described in OpenAPI 3.1.");
        Links links = frame.links();
        frame = frame.withAlternates(List.of(new PageFrame.Alternate(links.to(SavedQueryModule.OPENAPI_PATH),
                "application/json", "OpenAPI 3.1")));
        List<ApiPage.Operation> operations = new ArrayList<>();
        QueryRegistry registry = queries.current();
        for (SavedQuery q : registry.all()) {
            List<ApiPage.Parameter> params = q.parameters().stream().map(p -> new ApiPage.Parameter(p.name(),
                    p.type().label(), p.mandatory(), p.defaultValue().map(QueryParameter.Allowed::text).orElse(null),
                    p.allowedValues().stream().map(QueryParameter.Allowed::text).collect(Collectors.joining(", ")),
                    p.description())).toList();
            String path = SavedQueryServlet.PATH + "/" + q.id();
            operations.add(new ApiPage.Operation(q.id(), path, q.summary(), Prose.of(q.description()), q.form(),
                    params, ResultFormat.offeredFor(q).stream().map(ResultFormat::formatName).toList(),
                    links.to(path), links.to(QueryPagesServlet.PATH + "/" + q.id())));
        }
        Pages.send(req, resp, HttpServletResponse.SC_OK, "api.jte",
                new ApiPage(frame, links.to(SavedQueryServlet.PATH), links.to(SavedQueryModule.OPENAPI_PATH), operations),
                SavedQueryModule.lastModified(site, registry));
    }
}
