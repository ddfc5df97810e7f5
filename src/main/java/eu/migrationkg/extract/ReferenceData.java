package eu.migrationkg.extract;

import eu.migrationkg.vocab.Vocab;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final Node TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node SUBCLASS = NodeFactory.createURI(Vocab.RDFS + "subClassOf");

    private final Graph graph;
    private final Map<String, Node> byLabel = new HashMap<>();
    private final List<Label> resourceLabels = new ArrayList<>();
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();
    private final Map<Node, Set<Node>> classes = new HashMap<>();

    /** A label of a described resource (not of an ontology term): what a document may call it. */
    public record Label(String text, Node resource) {}

    public ReferenceData(Graph graph) {
        this(graph, null);
    }

    /**
     * @param resourcePrefix IRIs starting with this ({@code {base}id/}) are the described resources whose
     *                       labels {@link #resourceLabels()} returns; null for none
     */
    public ReferenceData(Graph graph, String resourcePrefix) {
        this.graph = graph;
        for (Node p : LABELS) {
            List<Triple> found = new ArrayList<>(graph.find(Node.ANY, p, Node.ANY).toList());
            // Sorted so that the same data always resolve the same way.
            found.sort((a, b) -> a.getSubject().toString().compareTo(b.getSubject().toString()));
            for (Triple t : found) {
                if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                    byLabel.putIfAbsent(key(t.getObject().getLiteralLexicalForm()), t.getSubject());
                    if (resourcePrefix != null && t.getSubject().getURI().startsWith(resourcePrefix)) {
                        resourceLabels.add(new Label(t.getObject().getLiteralLexicalForm(), t.getSubject()));
                    }
                }
            }
        }
    }

    public Graph graph() { return graph; }

    /** Labels (preferred, alternative, rdfs) of the described resources, in a stable order. */
    public List<Label> resourceLabels() { return List.copyOf(resourceLabels); }

    /** The resource's classes and all their superclasses, as the ontology declares them. */
    public Set<Node> classesOf(Node resource) {
        Set<Node> known = classes.get(resource);
        if (known != null) return known;
        Set<Node> out = new HashSet<>();
        graph.find(resource, TYPE, Node.ANY).forEachRemaining(t -> out.addAll(superClassesOf(t.getObject())));
        classes.put(resource, out);
        return out;
    }

    /** The class itself and its superclasses (rdfs:subClassOf, transitively). */
    public Set<Node> superClassesOf(Node cls) {
        Set<Node> known = superClasses.get(cls);
        if (known != null) return known;
        Set<Node> out = new HashSet<>();
        ArrayDeque<Node> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!out.add(c)) continue;
            graph.find(c, SUBCLASS, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) todo.push(t.getObject());
            });
        }
        superClasses.put(cls, out);
        return out;
    }

    /** Subjects having this property with this literal value, e.g. a legal act by its CELEX number. */
    public Optional<Node> findByLiteral(Node property, String value) {
        return graph.find(Node.ANY, property, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(value))
                .map(Triple::getSubject)
                .filter(Node::isURI)
                .min((a, b) -> a.getURI().compareTo(b.getURI()));
    }

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
