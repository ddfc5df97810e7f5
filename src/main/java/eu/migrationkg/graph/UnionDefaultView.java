package eu.migrationkg.graph;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.TDB2;

/**
 * A dataset whose default graph is the union of its named graphs, by configuration rather than by
 * copy: SPARQL over TDB2 sees the union through the context setting ({@code tdb2:unionDefaultGraph}, as
 * a Fuseki TDB2 service configures it), and code that asks for {@link #getDefaultGraph()} gets the
 * union view. The
 * stored default graph stays empty, so every triple is stored once, in the graph that says where it
 * came from.
 */
public final class UnionDefaultView extends DatasetGraphWrapper {

    public UnionDefaultView(DatasetGraph named) {
        super(named);
        named.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    // Wrappers above this one (the text index's) read the default graph as quads: give them the union too.

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return super.find(union(g), s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return super.contains(union(g), s, p, o);
    }

    private static Node union(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }
}
