package eu.migrationkg.serve;

import eu.migrationkg.graph.Publication;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.serve.ld.Variant;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * In front of Fuseki's query endpoint: a GET without a query asks what the endpoint is. A browser
 * (preferring HTML) gets the SPARQL editor; a program gets the service description in the RDF format
 * it accepts (Turtle when it accepts anything). Every other request, a query above all, goes on to
 * Fuseki unchanged.
 */
final class SparqlFrontFilter extends HttpFilter {

    private final Site site;
    private final SavedQueries queries;
    private final PerAssembly<Publication> publication;

    SparqlFrontFilter(Site site, SavedQueries queries, PerAssembly<Publication> publication) {
        this.site = site;
        this.queries = queries;
        this.publication = publication;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // RDF first (the service description is what the SPARQL protocol promises at this URL); what
        // asks for none of ours, a format of Fuseki's above all, is Fuseki's to answer.
        if (isGetWithoutQuery(req) && Variant.NEGOTIATION.choose(req) instanceof Negotiation.Chosen<Variant> c) {
            c.markVary(resp);
            if (c.value() == Variant.HTML) {
                editor(req, resp);
            } else {
                Responses.send(req, resp, HttpServletResponse.SC_OK, c.value().render(ServiceDescription.of(
                        site.store().assembled().iris(), site.address(req), publication.get().statistics()), ServiceDescription.prefixes()), null);
            }
            return;
        }
        chain.doFilter(req, resp);
    }

    private void editor(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageFrame frame = site.frame(req, "SPARQL").withSection(PageFrame.SPARQL)
                .withDescription("Query the knowledge graph of EU migration policy in SPARQL.");
        Links links = frame.links();
        frame = frame.withStylesheet(links.webjar(YASGUI, "build/yasgui.min.css"))
                .withScript(links.webjar(YASGUI, "build/yasgui.min.js"))
                .withScript(links.asset("sparql-editor.js"))
                .withAlternates(List.of(new PageFrame.Alternate(links.to("sparql", "format", "ttl"),
                        "text/turtle", "Service description (Turtle)")));
        SparqlEditorPage page = SparqlEditorPage.of(frame, site.store().assembled(), queries.current().all());
        Pages.send(req, resp, HttpServletResponse.SC_OK, "sparql.jte", page, null);
    }

    static final String YASGUI = "zazuko__yasgui";

    /** Only GET and HEAD are looked at: reading the parameters of a POST would consume its body. */
    private static boolean isGetWithoutQuery(HttpServletRequest req) {
        String method = req.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && req.getParameter("query") == null
                && req.getParameter("update") == null;
    }
}
