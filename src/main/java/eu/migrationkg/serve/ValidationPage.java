package eu.migrationkg.serve;

import eu.migrationkg.graph.ValidationGraph;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/** The validation report as a page ({@code validation.jte}) and as JSON: one list per kind of result. */
public record ValidationPage(PageFrame frame, List<Item> held, List<Item> conflicts, List<Item> warnings,
                             List<Item> violations) {

    /** A statement as a source says it: its terms, its as-of date if it is an observation, and where. */
    public record Said(Ref subject, Ref predicate, Ref object, String asOf, String passage, String passageHref,
                       String location, String quote) {}

    /** One result: what it is about and why, with the statements concerned. */
    public record Item(String kind, Ref focus, Ref path, String message, List<Said> said) {}

    public boolean conforms() {
        return held.isEmpty() && violations.isEmpty();
    }

    static ValidationPage of(PageFrame frame, Iris iris, List<ValidationGraph.Entry> entries, Graph union, Labels labels) {
        Links links = frame.links();
        java.util.function.Function<ValidationGraph.Kind, List<Item>> items = kind -> entries.stream()
                .filter(e -> e.kind() == kind)
                .map(e -> new Item(kind.name().toLowerCase(java.util.Locale.ROOT), ref(e.focus(), labels, links),
                        e.path() == null ? null : ref(e.path(), labels, links), e.message(),
                        e.evidence().stream().map(ev -> new Said(ref(ev.subject(), labels, links),
                                ref(ev.predicate(), labels, links), ref(ev.object(), labels, links), ev.asOf(),
                                ev.passage() == null ? null : ev.passage().getURI(),
                                ev.passage() == null ? null : links.iri(ev.passage().getURI()),
                                ev.location(), quote(union, ev.passage()))).toList()))
                .toList();
        return new ValidationPage(frame, items.apply(ValidationGraph.Kind.HELD), items.apply(ValidationGraph.Kind.CONFLICT),
                items.apply(ValidationGraph.Kind.WARNING), items.apply(ValidationGraph.Kind.VIOLATION));
    }

    private static Ref ref(Node n, Labels labels, Links links) {
        if (n == null) return null;
        if (n.isLiteral()) return new Ref(n.getLiteralLexicalForm(), n.getLiteralLexicalForm(), null);
        String iri = n.isURI() ? n.getURI() : n.toString();
        return new Ref(iri, labels.of(n), n.isURI() ? links.iri(iri) : null);
    }

    /** The words of the passage ({@code oa:exact} of its quote selector). */
    private static String quote(Graph union, Node passage) {
        if (passage == null) return null;
        Node selector = NodeFactory.createURI(Vocab.OA + "hasSelector");
        Node exact = NodeFactory.createURI(Vocab.OA + "exact");
        for (Triple t : union.find(passage, selector, Node.ANY).toList()) {
            var q = union.find(t.getObject(), exact, Node.ANY).nextOptional();
            if (q.isPresent()) return q.get().getObject().getLiteralLexicalForm();
        }
        return null;
    }
}
