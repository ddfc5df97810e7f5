package eu.migrationkg.extract;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The properties and classes extraction writes, as nodes under the configured base. */
public final class Terms {

    public static final Node TYPE = uri(Vocab.RDF + "type");
    public static final Node PREF_LABEL = uri(Vocab.SKOS + "prefLabel");
    public static final Node ALT_LABEL = uri(Vocab.SKOS + "altLabel");
    public static final Node SAME_AS = uri(Vocab.OWL + "sameAs");
    public static final Node SEE_ALSO = uri(Vocab.RDFS + "seeAlso");
    public static final Node ISSUED = uri(Vocab.DCT + "issued");
    public static final Node DATE = uri(Vocab.DCT + "date");
    public static final Node SOURCE = uri(Vocab.DCT + "source");
    public static final Node HAS_SOURCE = uri(Vocab.OA + "hasSource");
    public static final Node HAS_SELECTOR = uri(Vocab.OA + "hasSelector");
    public static final Node TEXT_QUOTE_SELECTOR = uri(Vocab.OA + "TextQuoteSelector");
    public static final Node TEXT_POSITION_SELECTOR = uri(Vocab.OA + "TextPositionSelector");
    public static final Node EXACT = uri(Vocab.OA + "exact");
    public static final Node PREFIX = uri(Vocab.OA + "prefix");
    public static final Node SUFFIX = uri(Vocab.OA + "suffix");
    public static final Node START = uri(Vocab.OA + "start");
    public static final Node END = uri(Vocab.OA + "end");
    public static final Node ELI_ID_LOCAL = uri(Vocab.ELI + "id_local");
    public static final Node ORG_HOLDS = uri(Vocab.ORG + "holds");
    public static final Node ORG_POST = uri(Vocab.ORG + "Post");

    private final Iris iris;
    private final java.util.Map<String, Node> mig = new java.util.HashMap<>();

    public Terms(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() { return iris; }

    /** A term of the project's ontology, {@code mig:name}. */
    public Node mig(String name) {
        Node n = mig.get(name);
        if (n == null) {
            n = iris.term(name);
            mig.put(name, n);
        }
        return n;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
