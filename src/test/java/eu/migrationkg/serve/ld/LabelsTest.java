package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** What pages call a node, passages included. */
class LabelsTest {

    private static final String BASE = "http://example.org/kg/";
    private static final String OA = "http://www.w3.org/ns/oa#";

    private static Node n(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A passage as extraction describes it: a specific resource whose quote selector holds its text. */
    private static Node passage(Graph g, String path, String exact) {
        Node passage = n(BASE + path);
        Node quote = n(BASE + path + "#quote");
        g.add(Triple.create(passage, n(OA + "hasSelector"), n(BASE + path + "#position")));
        g.add(Triple.create(passage, n(OA + "hasSelector"), quote));
        g.add(Triple.create(quote, n(OA + "exact"), NodeFactory.createLiteralString(exact)));
        return passage;
    }

    private static Labels labels(Graph g) {
        return new Labels(g, PrefixMapFactory.create(), BASE);
    }

    @Test
    void aPassageIsCalledByTheWordsItSelectsAsAReaderSeesThem() {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = passage(g, "id/passage/doc/10-48", "1. **Stepping up Migration Diplomacy**");
        assertEquals("\u201CStepping up Migration Diplomacy\u201D", labels(g).of(p));
    }

    @Test
    void aLongPassageIsCutAtAWord() {
        Graph g = GraphFactory.createDefaultGraph();
        String sentence = "The Commission will present a proposal on the digitalisation of visa procedures "
                + "and travel documents before the end of the year.";
        String label = labels(g).of(passage(g, "id/passage/doc/0-130", sentence));
        assertEquals("\u201CThe Commission will present a proposal on the digitalisation of visa procedures\u2026\u201D",
                label);
    }

    @Test
    void aLabelInTheGraphComesBeforeTheQuoteAndAnIriWithoutEitherIsShownByItsPath() {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = passage(g, "id/passage/doc/1-5", "text");
        g.add(Triple.create(p, n("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Named")));
        assertEquals("Named", labels(g).of(p));
        assertEquals("id/thing/x", labels(g).of(n(BASE + "id/thing/x")));
    }
}
