package eu.migrationkg.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Whether what a client read back (a dump, a Graph Store answer) is the served data. Blank nodes get
 * new identities when parsed, and a general isomorphism check is exponential on the ontology's many
 * blank nodes (OWL restrictions, SHACL lists); so quads without blank nodes must be equal one for
 * one, and those with blank nodes equal in number, as must the blank nodes themselves.
 */
public final class SameQuads {
    private SameQuads() {}

    public static void assertSame(DatasetGraph expected, DatasetGraph actual) {
        assertSameQuads(quads(expected), quads(actual));
    }

    public static void assertSame(Graph expected, Graph actual) {
        assertSameQuads(expected.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).collect(Collectors.toSet()),
                actual.stream().map(t -> Quad.create(Quad.defaultGraphIRI, t)).collect(Collectors.toSet()));
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        return dsg.stream().collect(Collectors.toSet());
    }

    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
        assertEquals(expected.size(), actual.size(), "number of quads");
        assertEquals(ground(expected), ground(actual), "quads without blank nodes");
        assertEquals(blankNodes(expected), blankNodes(actual), "number of blank nodes");
    }

    private static Set<Quad> ground(Set<Quad> quads) {
        return quads.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank()).collect(Collectors.toSet());
    }

    private static long blankNodes(Set<Quad> quads) {
        return quads.stream().flatMap(q -> java.util.stream.Stream.of(q.getSubject(), q.getObject()))
                .filter(Node::isBlank).distinct().count();
    }
}
