package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.queries.SearchTerms;
import eu.migrationkg.queries.TextSearch;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code /search?q=}: full-text search over labels and passage text, as JSON for programs and as a
 * page for people (a browser, or {@code ?format=html}). Parameters: {@code q} (words, "phrases",
 * word* for a prefix; all required), {@code limit} (1..100, default 20), {@code offset}.
 */
final class SearchServlet extends HttpServlet {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> type = Negotiation.JSON_OR_PAGE.negotiate(req, resp);
        if (type.isEmpty()) return;
        boolean html = type.get().equals(Pages.HTML);
        String q = req.getParameter("q");
        PageFrame frame = site.frame(req, q == null || q.isBlank() ? "Search" : "Search: " + q.strip())
                .withSection(PageFrame.SEARCH).withQuery(q == null ? "" : q);
        if (html && (q == null || q.isBlank())) {
            Pages.send(req, resp, HttpServletResponse.SC_OK, "search.jte", SearchPage.empty(frame, q, null), null);
            return;
        }
        SearchTerms terms;
        int limit;
        int offset;
        try {
            terms = SearchTerms.parse(q);
            limit = intParameter(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            offset = intParameter(req, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            if (html) {
                Pages.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, "search.jte",
                        SearchPage.empty(frame, q, e.getMessage()), null);
            } else {
                ObjectNode error = Json.object().put("status", HttpServletResponse.SC_BAD_REQUEST)
                        .put("error", e.getMessage());
                Responses.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, Representation.json(error), null);
            }
            return;
        }
        KnowledgeStore store = site.store();
        DatasetGraph dataset = store.dataset();
        TextSearch search = new TextSearch(store.assembled().iris());
        TextSearch.Results results = search.search(dataset, terms, offset, limit);
        SearchPage page = Txn.calculateRead(dataset, () -> SearchPage.of(frame, results, search.sparql(terms), offset,
                limit, new Labels(dataset.getDefaultGraph(), store.assembled().prefixes(), store.assembled().iris().base())));
        if (html) {
            Pages.send(req, resp, HttpServletResponse.SC_OK, "search.jte", page, null);
        } else {
            Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.json(toJson(page)), null);
        }
    }

    static int intParameter(HttpServletRequest req, String name, int dflt, int min, int max) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private static ObjectNode toJson(SearchPage page) {
        ObjectNode root = Json.object();
        root.put("query", page.query());
        root.put("total", page.total());
        root.put("offset", page.offset());
        root.put("limit", page.limit());
        ArrayNode list = root.putArray("results");
        for (SearchPage.Hit hit : page.results()) {
            ObjectNode o = list.addObject();
            o.put("iri", hit.resource().iri());
            o.put("label", hit.resource().label());
            ArrayNode types = o.putArray("types");
            hit.types().forEach(t -> types.addObject().put("iri", t.iri()).put("label", t.label()));
            o.put("score", hit.score());
            ArrayNode matches = o.putArray("matches");
            for (SearchPage.Snippet m : hit.matches()) {
                ObjectNode mo = matches.addObject();
                mo.put("field", m.field());
                mo.put("text", m.text());
                ArrayNode spans = mo.putArray("highlights");
                m.highlights().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
                if (m.passage() != null) mo.put("passage", m.passage().iri());
                if (m.document() != null) {
                    mo.put("document", m.document().iri());
                    mo.put("documentTitle", m.document().label());
                }
                if (m.date() != null) mo.put("documentDate", m.date());
            }
        }
        root.put("sparql", page.sparql());
        return root;
    }
}
