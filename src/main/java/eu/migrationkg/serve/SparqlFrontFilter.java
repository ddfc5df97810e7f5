package eu.migrationkg.serve;

import eu.migrationkg.graph.Publication;
import eu.migrationkg.graph.KnowledgeStore;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.web.MediaType;

/**
 * In front of Fuseki's query endpoint: a GET without a query asks what the endpoint is, so it gets the
 * service description in the RDF format it accepts. Every other request, a query above all, goes on to
 * Fuseki unchanged.
 */
final class SparqlFrontFilter implements Filter {

    private final KnowledgeStore store;
    private final PerAssembly<Publication> publication;

    SparqlFrontFilter(KnowledgeStore store, PerAssembly<Publication> publication) {
        this.store = store;
        this.publication = publication;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (isGetWithoutQuery(req)) {
            MediaType rdf = RdfReply.negotiate(req);
            if (rdf != null) {
                RdfReply.write(resp, rdf, ServiceDescription.of(store.assembled().iris(), publication.get().statistics()),
                        ServiceDescription.prefixes());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Only GET and HEAD are looked at: reading the parameters of a POST would consume its body. */
    private static boolean isGetWithoutQuery(HttpServletRequest req) {
        String method = req.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && req.getParameter("query") == null
                && req.getParameter("update") == null;
    }
}
