package eu.migrationkg.queries;

import eu.migrationkg.vocab.Vocab;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** What to call a resource when showing it to a person. */
public final class Labels {
    private Labels() {}

    private static final List<Node> PREFERENCE = List.of(
            NodeFactory.createURI(Vocab.SKOS + "prefLabel"),
            NodeFactory.createURI(Vocab.RDFS + "label"),
            NodeFactory.createURI(Vocab.DCT + "title"),
            NodeFactory.createURI(Vocab.FOAF + "name"));

    /**
     * The first of prefLabel, rdfs:label, dct:title, foaf:name that the resource has (English or
     * untagged first, then the lexically smallest, so the choice is stable); else the end of its IRI.
     */
    public static String of(Graph g, Node resource) {
        for (Node p : PREFERENCE) {
            Optional<String> label = g.find(resource, p, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isLiteral).toList().stream()
                    .min(Comparator.comparing((Node n) -> rank(n.getLiteralLanguage()))
                            .thenComparing(Node::getLiteralLexicalForm))
                    .map(Node::getLiteralLexicalForm);
            if (label.isPresent()) return label.get();
        }
        return localName(resource);
    }

    private static int rank(String lang) {
        if (lang.isEmpty()) return 1;
        return lang.equalsIgnoreCase("en") || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en-") ? 0 : 2;
    }

    /** The part of an IRI after its last '#' or '/', or the whole node as text. */
    public static String localName(Node n) {
        if (!n.isURI()) return n.toString();
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/', iri.length() - 2));
        String tail = cut >= 0 ? iri.substring(cut + 1) : iri;
        return tail.isEmpty() ? iri : tail;
    }
}
