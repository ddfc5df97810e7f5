package eu.migrationkg.serve;

import eu.migrationkg.queries.TextSearch;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.ShownText;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * A page of search results as /search shows it, in HTML ({@code search.jte}) or JSON: each resource
 * found with its label and types, and every label or source sentence that matched, its matched words
 * marked.
 *
 * @param query    what was typed, as typed (the template escapes it)
 * @param error    why the search could not be run, or null
 * @param previous the href of the previous page of results, or null
 * @param next     the href of the next page, or null
 * @param inEditor the href that opens the query behind this search in the SPARQL editor, or null
 */
public record SearchPage(
        PageFrame frame,
        String query,
        String error,
        int total,
        int offset,
        int limit,
        List<Hit> results,
        String sparql,
        String previous,
        String next,
        String inEditor) {

    public record Hit(Ref resource, List<Ref> types, double score, List<Snippet> matches) {}

    /**
     * A text that matched: a label of the resource itself ({@code passage} null) or a sentence of a
     * source, with the document it is from.
     */
    public record Snippet(String field, String text, List<ShownText.Segment> segments, List<TextSearch.Span> highlights,
                          Ref passage, Ref document, String date) {
        public boolean isPassage() { return passage != null; }
    }

    public int from() { return offset + 1; }

    public int to() { return offset + results.size(); }

    /** A page with nothing searched yet, or with the reason the search could not run. */
    static SearchPage empty(PageFrame frame, String query, String error) {
        return new SearchPage(frame, query == null ? "" : query, error, 0, 0, 0, List.of(), null, null, null, null);
    }

    static SearchPage of(PageFrame frame, TextSearch.Results results, String sparql, int offset, int limit, Labels labels) {
        Links links = frame.links();
        List<Hit> hits = new ArrayList<>();
        for (TextSearch.Result r : results.results()) {
            List<Snippet> snippets = new ArrayList<>();
            for (TextSearch.Match m : r.matches()) {
                snippets.add(new Snippet(m.field(), m.text(), segments(m), m.highlights(),
                        m.passage().map(p -> ref(p, labels, links)).orElse(null),
                        m.document().map(d -> ref(d, labels, links)).orElse(null),
                        m.documentDate().orElse(null)));
            }
            hits.add(new Hit(ref(r.resource(), labels, links),
                    r.types().stream().map(t -> ref(t, labels, links)).toList(), r.score(), snippets));
        }
        String q = results.terms().input();
        String previous = offset > 0 ? page(links, q, Math.max(0, offset - limit), limit) : null;
        String next = offset + limit < results.total() ? page(links, q, offset + limit, limit) : null;
        String inEditor = links.to("sparql") + "#query=" + SparqlEditorPage.hashEncode(sparql);
        return new SearchPage(frame, q, null, results.total(), offset, limit, List.copyOf(hits), sparql,
                previous, next, inEditor);
    }

    private static String page(Links links, String q, int offset, int limit) {
        String href = links.to(SearchModule.PATH.substring(1), "q", q);
        if (offset > 0) href += "&offset=" + offset;
        if (limit != SearchServlet.DEFAULT_LIMIT) href += "&limit=" + limit;
        return href;
    }

    private static Ref ref(Node n, Labels labels, Links links) {
        return new Ref(n.getURI(), labels.of(n), links.iri(n.getURI()));
    }

    /**
     * The text cut at the highlights, so the template marks them without any markup in the data. A
     * source sentence reads as {@link ShownText} shows it; a label is shown as it is.
     */
    static List<ShownText.Segment> segments(TextSearch.Match m) {
        String text = m.text();
        List<ShownText.Mark> marks = m.highlights().stream().map(s -> new ShownText.Mark(s.start(), s.end())).toList();
        if (m.passage().isPresent()) return ShownText.segments(text, marks);
        List<ShownText.Segment> out = new ArrayList<>();
        int at = 0;
        for (ShownText.Mark s : marks) {
            if (s.start() > at) out.add(asIs(text.substring(at, s.start()), false));
            out.add(asIs(text.substring(s.start(), s.end()), true));
            at = s.end();
        }
        if (at < text.length()) out.add(asIs(text.substring(at), false));
        return List.copyOf(out);
    }

    private static ShownText.Segment asIs(String text, boolean marked) {
        return new ShownText.Segment(List.of(new ShownText.Run(text, false, false)), marked);
    }
}
