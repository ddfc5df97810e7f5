package eu.migrationkg.serve.visual;

import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph as the picture pages read it, inside a read transaction the caller holds: the dataset
 * (named graphs, for provenance), its union, labels and links relative to the page.
 */
final class ModelView {

    static final Node TYPE = uri(Vocab.RDF + "type");

    /** A total order of nodes by their N-Triples-like form, for stable output. */
    static final Comparator<Node> BY_TERM = Comparator.comparing((Node n) -> n.toString());

    final DatasetGraph ds;
    final Graph graph;
    final Labels labels;
    final Links links;
    final Iris iris;
    /** The assembly the graph came from: what a page may cache until the data are reloaded. */
    final Object version;

    ModelView(KnowledgeStore store, Links links) {
        this.version = store.assembled().dataset();
        this.ds = store.dataset();
        this.graph = ds.getDefaultGraph();
        this.labels = new Labels(graph, store.assembled().prefixes(), store.assembled().iris().base());
        this.links = links;
        this.iris = store.assembled().iris();
    }

    Node term(String localName) {
        return iris.term(localName);
    }

    Ref ref(Node n) {
        if (n.isURI()) return new Ref(n.getURI(), labels.of(n), links.iri(n.getURI()));
        return new Ref(n.toString(), labels.of(n), null);
    }

    /**
     * A resource as a picture names it: its label, or for an unnamed amount of money its amount
     * ("at least EUR 81,000,000,000") and for an unnamed milestone its date ("Milestone, June 2026").
     */
    Ref named(Node n) {
        Ref plain = ref(n);
        if (!n.isURI() || labels.label(n).isPresent()) return plain;
        if (hasType(n, term("Funding"))) {
            Optional<BigDecimal> amount = number(n, term("amount"));
            if (amount.isPresent()) {
                boolean atLeast = literal(n, term("isLowerBound")).map(l -> "true".equals(l.getLiteralLexicalForm())).orElse(false);
                String currency = objects(n, term("currency")).stream().findFirst()
                        .map(c -> c.isURI() ? c.getURI().substring(c.getURI().lastIndexOf('/') + 1) : c.getLiteralLexicalForm())
                        .orElse("");
                return new Ref(plain.iri(), ((atLeast ? "at least " : "") + currency + " " + Numbers.format(amount.get())).strip()
                        .replace("  ", " "), plain.href());
            }
        }
        if (hasType(n, term("Milestone"))) {
            Optional<PartialDate> date = literal(n, term("date")).flatMap(d -> PartialDate.fromLiteral(d.getLiteralLexicalForm()));
            if (date.isPresent()) return new Ref(plain.iri(), "Milestone, " + date.get().display(), plain.href());
        }
        return plain;
    }

    boolean hasType(Node n, Node type) {
        return graph.contains(n, TYPE, type);
    }

    List<Node> objects(Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct()
                .sorted(ModelView.BY_TERM).toList();
    }

    /** The first literal of (s, p) by lexical form, so the choice is stable. */
    Optional<Node> literal(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).findFirst();
    }

    Optional<BigDecimal> number(Node s, Node p) {
        return objects(s, p).stream().filter(Node::isLiteral).map(ModelView::decimal).flatMap(Optional::stream).findFirst();
    }

    static Optional<BigDecimal> decimal(Node literal) {
        if (literal == null || !literal.isLiteral()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(literal.getLiteralLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The text of (s, p) for a reader: an English literal first, then one without language, then any;
     * an IRI by its label. Null when there is none.
     */
    String text(Node s, Node p) {
        List<Node> values = objects(s, p);
        return values.stream()
                .min(Comparator.comparingInt((Node n) -> {
                    if (!n.isLiteral()) return 3;
                    String lang = n.getLiteralLanguage();
                    if (lang.isEmpty()) return 1;
                    return lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? 0 : 2;
                }).thenComparing(ModelView.BY_TERM))
                .map(this::text).orElse(null);
    }

    /** A node's text: a literal's lexical form, else its label. */
    String text(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : labels.of(n);
    }

    Comparator<Node> byLabel() {
        return Comparator.comparing((Node n) -> labels.of(n).toLowerCase(java.util.Locale.ROOT)).thenComparing(ModelView.BY_TERM);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
