package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.Links;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;

/**
 * The union graph as pages read it, in a read transaction the caller holds: labels, links relative to
 * the page, and the few look-ups every page needs (instances of a class and its subclasses, ordered
 * members).
 */
final class GraphView {

    static final Node TYPE = uri(Vocab.RDF + "type");
    static final Node SUBCLASS = uri(Vocab.RDFS + "subClassOf");

    final Graph graph;
    final Labels labels;
    final Links links;
    final Iris iris;

    GraphView(Graph graph, PrefixMap prefixes, Links links, Iris iris) {
        this.graph = graph;
        this.labels = new Labels(graph, prefixes, iris.base());
        this.links = links;
        this.iris = iris;
    }

    Node term(String localName) {
        return iris.term(localName);
    }

    Ref ref(Node n) {
        if (n.isURI()) return new Ref(n.getURI(), labels.of(n), links.iri(n.getURI()));
        return new Ref(n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString(), labels.of(n), null);
    }

    /** The class and every class below it, by rdfs:subClassOf in the graph. */
    Set<Node> subclassesOf(Node top) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(top));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!seen.add(c)) continue;
            graph.find(Node.ANY, SUBCLASS, c).forEachRemaining(t -> todo.push(t.getSubject()));
        }
        return seen;
    }

    /** A node as a value on a page: a link, or a literal with its language or (non-string) datatype. */
    ResourcePage.Value value(Node o, List<Integer> quotes) {
        if (!o.isLiteral()) return new ResourcePage.Value(ref(o), null, null, null, quotes);
        String lang = o.getLiteralLanguage();
        boolean tagged = lang != null && !lang.isEmpty();
        String dt = o.getLiteralDatatypeURI();
        boolean plain = dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || tagged;
        return new ResourcePage.Value(null, o.getLiteralLexicalForm(), tagged ? lang : null,
                plain ? null : labels.shortName(dt), quotes);
    }

    /** IRIs typed with the class or one of its subclasses, sorted by label. */
    List<Node> instancesOf(Node top) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node c : subclassesOf(top)) {
            graph.find(Node.ANY, TYPE, c).forEachRemaining(t -> {
                if (t.getSubject().isURI()) found.add(t.getSubject());
            });
        }
        return found.stream().sorted(byLabel()).toList();
    }

    /** The objects of (s, p), ordered by a numeric property of theirs (missing last), then by label. */
    List<Node> orderedObjects(Node s, Node p, Node orderProperty) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(Comparator.comparing((Node o) -> number(o, orderProperty).orElse(null),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byLabel()))
                .toList();
    }

    Optional<BigDecimal> number(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .filter(Node::isLiteral)
                .map(l -> {
                    try {
                        return new BigDecimal(l.getLiteralLexicalForm().strip());
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    /** The first literal value of (s, p), preferring English. */
    Optional<Node> literal(Node s, Node p) {
        List<Node> values = graph.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(Labels.best(values));
    }

    Comparator<Node> byLabel() {
        return Comparator.comparing((Node n) -> labels.of(n).toLowerCase(java.util.Locale.ROOT)).thenComparing(n -> n.toString());
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
