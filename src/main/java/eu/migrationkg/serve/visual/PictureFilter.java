package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What the timeline and the figures are narrowed to, as the address gives it (so a view can be shared):
 * a period of years ({@code from}, {@code to}, inclusive), a priority, an instrument and a source document
 * (each by IRI), and the page of the list. Anything else is refused with a reason.
 */
public record PictureFilter(Integer from, Integer to, Node priority, Node instrument, Node document, String page) {

    static final PictureFilter NONE = new PictureFilter(null, null, null, null, null, null);

    /** Up to this many documents the form offers them as a list; beyond, it takes a document's IRI (each entry links to its own). */
    public static final int DOCUMENT_CHOICES = 60;

    static PictureFilter of(HttpServletRequest req) throws BadPictureRequest {
        Integer from = year("from", req.getParameter("from"));
        Integer to = year("to", req.getParameter("to"));
        if (from != null && to != null && from > to) {
            throw new BadPictureRequest(400, "from (" + from + ") must not be after to (" + to + ").");
        }
        return new PictureFilter(from, to, iri("priority", req.getParameter("priority")), iri("instrument", req.getParameter("instrument")),
                iri("document", req.getParameter("document")), req.getParameter("page"));
    }

    private static Integer year(String name, String value) throws BadPictureRequest {
        if (value == null || value.isBlank()) return null;
        try {
            int y = Integer.parseInt(value.strip());
            if (y >= 1000 && y <= 9999) return y;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadPictureRequest(400, name + " must be a year of four digits, not '" + value + "'.");
    }

    private static Node iri(String name, String value) throws BadPictureRequest {
        if (value == null || value.isBlank()) return null;
        try {
            if (new URI(value.strip()).isAbsolute()) return ModelView.uri(value.strip());
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BadPictureRequest(400, name + " must be the full IRI of a resource, not '" + value + "'.");
    }

    /**
     * The choices of one list of the form (the instruments, the documents...) in the order shown, sorted
     * once per loaded graph: they are the same for every request, and sorting a thousand documents by
     * name on each would make the page's cost grow with the corpus.
     */
    static List<Node> choices(ModelView v, String key, java.util.function.Supplier<java.util.Collection<Node>> nodes,
                              java.util.Comparator<Node> order) {
        return PerGraph.get(v, "choices-" + key, () -> nodes.get().stream().sorted(order).toList());
    }

    /** Refuses a filter by a resource the graph does not describe. */
    void check(ModelView v) throws BadPictureRequest {
        for (Node n : new Node[] {priority, instrument, document}) {
            if (n != null && !v.graph.contains(n, ModelView.TYPE, Node.ANY)) {
                throw new BadPictureRequest(404, "The graph does not describe " + n.getURI() + ".");
            }
        }
    }

    boolean isEmpty() {
        return from == null && to == null && priority == null && instrument == null && document == null;
    }

    /** True when a year (or a span of years; null ends are open) meets the period. */
    boolean inPeriod(Integer start, Integer end) {
        if (from == null && to == null) return true;
        if (start == null && end == null) return false;
        int s = start != null ? start : end;
        int e = end != null ? end : start;
        return (from == null || e >= from) && (to == null || s <= to);
    }

    /** The page's address with these filters (and no page). */
    Address address(String path) {
        return new Address(path)
                .with("from", from == null ? null : from.toString())
                .with("to", to == null ? null : to.toString())
                .with("priority", priority == null ? null : priority.getURI())
                .with("instrument", instrument == null ? null : instrument.getURI())
                .with("document", document == null ? null : document.getURI());
    }

    /** The choices the filter form offers, and what is chosen now (IRIs, or "" for none). */
    public record Form(List<Ref> priorities, List<Ref> instruments, List<Ref> documents, String from, String to,
                String priority, String instrument, String document, String summary, String clear) {}

    Form form(ModelView v, List<Ref> priorities, List<Ref> instruments, List<Ref> documents, String path) {
        StringBuilder s = new StringBuilder();
        if (from != null || to != null) {
            s.append(from == null ? "up to " + to : to == null ? "from " + from : from.equals(to) ? "in " + from : from + "–" + to);
        }
        if (priority != null) s.append(s.isEmpty() ? "" : "; ").append("priority ").append(v.labels.of(priority));
        if (instrument != null) s.append(s.isEmpty() ? "" : "; ").append("instrument ").append(v.labels.of(instrument));
        if (document != null) s.append(s.isEmpty() ? "" : "; ").append("document ").append(v.labels.of(document));
        return new Form(priorities, instruments, documents, from == null ? "" : from.toString(), to == null ? "" : to.toString(),
                priority == null ? "" : priority.getURI(), instrument == null ? "" : instrument.getURI(),
                document == null ? "" : document.getURI(), s.toString(), path);
    }
}
