package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Answers {@code GET /} with the home page. The dataset is mounted at the root, so Fuseki's
 * dispatcher claims {@code /} for itself; this filter runs before it and takes only plain page
 * requests, leaving SPARQL and Graph Store requests at the root (they carry their own parameters)
 * to Fuseki.
 */
final class HomeFilter implements Filter {

    /** Parameters by which Fuseki recognises a protocol request at the dataset's own URL. */
    private static final Set<String> PROTOCOL_PARAMS = Set.of("query", "update", "request", "graph", "default");

    private final Site site;

    HomeFilter(Site site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!isHomePageRequest(req)) {
            chain.doFilter(request, response);
            return;
        }
        PageFrame frame = site.frame(req, "Home").withSection(PageFrame.HOME)
                .withDescription("The knowledge graph of EU migration policy: what was decided, by whom, with what "
                        + "money, by when, each statement linked to its source sentence.");
        Pages.send(req, resp, HttpServletResponse.SC_OK, "home.jte", HomePage.build(site.store(), frame),
                site.lastModified());
    }

    private static boolean isHomePageRequest(HttpServletRequest req) {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        if (!Links.pathOf(req).isEmpty()) return false;
        for (String p : PROTOCOL_PARAMS) {
            if (req.getParameter(p) != null) return false;
        }
        return true;
    }
}
