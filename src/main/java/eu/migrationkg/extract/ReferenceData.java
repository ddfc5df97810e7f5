package eu.migrationkg.extract;

import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * What extraction knows before it reads a document: the ontology and the curated data, with the
 * look-ups that turn words of a document into resources of the graph.
 */
public final class ReferenceData {

    private static final Node NOTATION = NodeFactory.createURI(Vocab.SKOS + "notation");
    private static final List<Node> LABELS = List.of(
            NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            NodeFactory.createURI(Vocab.SKOS + "altLabel"),
            NodeFactory.createURI(Vocab.RDFS + "label"));

    private final Graph graph;
    private final Map<String, Node> byLabel = new HashMap<>();

    public ReferenceData(Graph graph) {
        this.graph = graph;
        for (Node p : LABELS) {
            List<Triple> found = new ArrayList<>(graph.find(Node.ANY, p, Node.ANY).toList());
            // Sorted so that the same data always resolve the same way.
            found.sort((a, b) -> a.getSubject().toString().compareTo(b.getSubject().toString()));
            for (Triple t : found) {
                if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                    byLabel.putIfAbsent(key(t.getObject().getLiteralLexicalForm()), t.getSubject());
                }
            }
        }
    }

    public Graph graph() { return graph; }

    /** The class whose {@code skos:notation} is the front matter's {@code kind}. */
    public Optional<Node> classForKind(String kind) {
        return graph.find(Node.ANY, NOTATION, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(kind))
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .min((a, b) -> a.getURI().compareTo(b.getURI()));
    }

    /** Every {@code skos:notation} that names a document kind, for error messages. */
    public List<String> knownKinds() {
        TreeSet<String> kinds = new TreeSet<>();
        graph.find(Node.ANY, NOTATION, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) kinds.add(t.getObject().getLiteralLexicalForm());
        });
        return List.copyOf(kinds);
    }

    /** The resource one of whose labels is this text, ignoring case and spacing. */
    public Optional<Node> findByLabel(String label) {
        return Optional.ofNullable(byLabel.get(key(label)));
    }

    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
