package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers {@code GET /} with the home page. The dataset is mounted at the root, so Fuseki's
 * dispatcher claims {@code /} for itself; this filter runs before it and takes only plain page
 * requests, leaving SPARQL and Graph Store requests at the root (they carry their own parameters)
 * to Fuseki. A client that prefers RDF to a page is sent (303) to the dataset's VoID/DCAT
 * description, which is what the root stands for to a linked-data crawler; one that accepts
 * neither still gets the page, since the root is where people arrive.
 */
final class HomeFilter extends HttpFilter {

    /** Parameters by which Fuseki recognises a protocol request at the dataset's own URL. */
    private static final Set<String> PROTOCOL_PARAMS = Set.of("query", "update", "request", "graph", "default");

    /** The page first: a browser's {@code *}{@code /*} must not turn the home page into Turtle. */
    private static final Negotiation<Variant> PAGE_OR_DESCRIPTION = Negotiation.of(Stream.concat(
            Stream.of(Variant.HTML), Arrays.stream(Variant.values()).filter(Variant::isRdf))
            .map(v -> Variant.NEGOTIATION.named(v.extension()).orElseThrow()).toList());

    private final Site site;

    HomeFilter(Site site) {
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!isHomePageRequest(req)) {
            chain.doFilter(req, resp);
            return;
        }
        Negotiation.Outcome<Variant> outcome = PAGE_OR_DESCRIPTION.choose(req);
        outcome.markVary(resp);
        if (outcome instanceof Negotiation.Chosen<Variant> c && c.value().isRdf()) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            Links links = site.links(req);
            resp.setHeader("Location", c.byAccept() ? links.to("dataset") : links.to("dataset", "format", c.value().extension()));
            return;
        }
        if (outcome instanceof Negotiation.UnknownFormat<Variant> unknown) {
            Responses.plain(req, resp, unknown.status(), unknown.message());
            return;
        }
        PageFrame frame = site.frame(req, "Home").withSection(PageFrame.HOME)
                .withDescription("The knowledge graph of EU migration policy: what was decided, by whom, with what "
                        + "money, by when, each statement linked to its source sentence.");
        frame = frame.withAlternates(Variant.descriptionAlternates(frame.links()));
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
