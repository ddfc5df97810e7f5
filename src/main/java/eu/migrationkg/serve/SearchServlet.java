package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.queries.SearchTerms;
import eu.migrationkg.queries.TextSearch;
import eu.migrationkg.graph.KnowledgeStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.web.MediaType;

/**
 * {@code /search?q=}: full-text search over labels and passage text, as JSON. Parameters:
 * {@code q} (words, "phrases", word* for a prefix; all required), {@code limit} (1..100, default 20),
 * {@code offset}.
 */
final class SearchServlet extends HttpServlet {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final List<HttpReplies.Offer> OFFERS = List.of(
            new HttpReplies.Offer("json", "application/json"));

    private final KnowledgeStore store;

    SearchServlet(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        MediaType type = HttpReplies.negotiate(req, OFFERS);
        if (type == null) {
            HttpReplies.notAcceptable(resp, OFFERS);
            return;
        }
        SearchTerms terms;
        int limit;
        int offset;
        try {
            terms = SearchTerms.parse(req.getParameter("q"));
            limit = intParameter(req, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            offset = intParameter(req, "offset", 0, 0, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            HttpReplies.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), true);
            return;
        }
        TextSearch search = new TextSearch(store.assembled().iris());
        TextSearch.Results results = search.search(store.dataset(), terms, offset, limit);
        HttpReplies.json(resp, HttpServletResponse.SC_OK, toJson(results, search, offset, limit));
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

    private static ObjectNode toJson(TextSearch.Results results, TextSearch search, int offset, int limit) {
        ObjectNode root = HttpReplies.JSON.createObjectNode();
        root.put("query", results.terms().input());
        root.put("total", results.total());
        root.put("offset", offset);
        root.put("limit", limit);
        ArrayNode list = root.putArray("results");
        for (TextSearch.Result r : results.results()) {
            ObjectNode o = list.addObject();
            o.put("iri", r.resource().getURI());
            o.put("label", r.label());
            ArrayNode types = o.putArray("types");
            for (int i = 0; i < r.types().size(); i++) {
                types.addObject().put("iri", r.types().get(i).getURI()).put("label", r.typeLabels().get(i));
            }
            o.put("score", r.score());
            ArrayNode matches = o.putArray("matches");
            for (TextSearch.Match m : r.matches()) {
                ObjectNode mo = matches.addObject();
                mo.put("field", m.field());
                mo.put("text", m.text());
                ArrayNode spans = mo.putArray("highlights");
                m.highlights().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
                m.passage().ifPresent(p -> mo.put("passage", p.getURI()));
                m.document().ifPresent(d -> mo.put("document", d.getURI()));
                m.documentTitle().ifPresent(t -> mo.put("documentTitle", t));
                m.documentDate().ifPresent(d -> mo.put("documentDate", d));
            }
        }
        root.put("sparql", search.sparql(results.terms()));
        return root;
    }
}
