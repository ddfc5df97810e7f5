package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.Links;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Hands requests for a few paths directly under the root to a servlet. The dataset is mounted at
 * the root, so Fuseki's dispatcher looks at every {@code /name} first (and starts answering it as
 * a request to the dataset) before passing unknown names on; IRIs such as {@code /ontology} are
 * taken here, ahead of it.
 */
final class RootPathFilter implements Filter {

    private final Set<String> paths;
    private final HttpServlet handler;

    /** @param paths request paths without the leading '/', e.g. {@code "ontology"}, {@code "ontology.ttl"} */
    RootPathFilter(Set<String> paths, HttpServlet handler) {
        this.paths = Set.copyOf(paths);
        this.handler = handler;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && paths.contains(Links.pathOf(req))) {
            handler.service(req, (HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
