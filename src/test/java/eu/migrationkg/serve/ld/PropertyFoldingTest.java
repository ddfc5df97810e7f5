package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class PropertyFoldingTest {

    private static final String EX = "http://example.org/";
    private static final Node SUB = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subPropertyOf");

    private static Node n(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Triple t(String s, String p, String o) {
        return Triple.create(n(s), n(p), n(o));
    }

    /** hasAction below hasPart below relation; same and alias are declared equivalent (each below the other). */
    private static PropertyFolding folding() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(n("hasAction"), SUB, n("hasPart")));
        g.add(Triple.create(n("hasPart"), SUB, n("relation")));
        g.add(Triple.create(n("same"), SUB, n("alias")));
        g.add(Triple.create(n("alias"), SUB, n("same")));
        return new PropertyFolding(g);
    }

    @Test
    void aBroaderPropertyWithTheSameObjectIsFoldedIntoTheMostSpecificOne() {
        List<Triple> statements = List.of(t("p", "hasPart", "a1"), t("p", "hasAction", "a1"), t("p", "relation", "a1"),
                t("p", "hasPart", "other"));
        Map<Triple, List<Node>> shown = folding().fold(statements);
        assertEquals(Map.of(t("p", "hasAction", "a1"), List.of(n("hasPart"), n("relation")),
                t("p", "hasPart", "other"), List.of()), shown, "a broader statement of its own stays");
    }

    @Test
    void equivalentPropertiesAndUnrelatedOnesAreAllShown() {
        List<Triple> statements = List.of(t("p", "same", "x"), t("p", "alias", "x"), t("p", "unrelated", "x"), t("q", "hasPart", "x"));
        Map<Triple, List<Node>> shown = folding().fold(statements);
        assertEquals(4, shown.size(), shown::toString);
        shown.values().forEach(also -> assertEquals(List.of(), also));
    }

    @Test
    void theClosureIsTransitiveAndSurvivesCycles() {
        PropertyFolding f = folding();
        assertEquals(java.util.Set.of(n("hasPart"), n("relation")), f.broaderThan(n("hasAction")));
        assertEquals(java.util.Set.of(n("alias")), f.broaderThan(n("same")));
    }
}
