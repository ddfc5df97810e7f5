package eu.migrationkg.extract;

import eu.migrationkg.sources.FrontMatter;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The document itself as a resource: its front matter in Dublin Core terms. The kind of document and
 * the publisher are resolved against the reference data, so new kinds are added in the ontology.
 */
public final class SourceMetadata {

    private final Iris iris;
    private final ReferenceData reference;

    public SourceMetadata(Iris iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    public Node documentIri(SourceDocument doc) {
        return iris.resource("source", doc.name());
    }

    public Graph describe(SourceDocument doc) throws SourceException {
        FrontMatter m = doc.meta();
        Graph g = GraphFactory.createDefaultGraph();
        Node s = documentIri(doc);
        Node type = reference.classForKind(m.kind()).orElseThrow(() -> new SourceException(doc.file(),
                m.lineOf("kind"), "'kind' is '" + m.kind() + "', which the ontology does not define (known: "
                        + String.join(", ", reference.knownKinds()) + ")"));
        g.add(Triple.create(s, uri(Vocab.RDF + "type"), type));
        g.add(Triple.create(s, uri(Vocab.DCT + "title"), NodeFactory.createLiteralLang(m.title(), m.language())));
        g.add(Triple.create(s, uri(Vocab.DCT + "publisher"), publisher(m.publisher(), g)));
        g.add(Triple.create(s, uri(Vocab.DCT + "issued"), date(m.published().toString())));
        m.modified().ifPresent(d -> g.add(Triple.create(s, uri(Vocab.DCT + "modified"), date(d.toString()))));
        g.add(Triple.create(s, uri(Vocab.DCT + "source"), NodeFactory.createURI(m.url().toString())));
        g.add(Triple.create(s, uri(Vocab.DCT + "language"), language(m.language())));
        m.identifier().ifPresent(id -> g.add(Triple.create(s, uri(Vocab.DCT + "identifier"),
                NodeFactory.createLiteralString(id))));
        return g;
    }

    /** A publisher the reference data does not know is minted as an agent named as in the front matter. */
    private Node publisher(String name, Graph g) {
        return reference.findByLabel(name).orElseGet(() -> {
            Node agent = iris.resource("agent", Iris.slug(name));
            g.add(Triple.create(agent, uri(Vocab.RDF + "type"), uri(Vocab.FOAF + "Agent")));
            g.add(Triple.create(agent, uri(Vocab.RDFS + "label"), NodeFactory.createLiteralString(name)));
            return agent;
        });
    }

    private static Node language(String tag) {
        String iso3 = Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT);
        return NodeFactory.createURI(Vocab.EU_LANGUAGE + iso3);
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
