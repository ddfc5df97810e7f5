package eu.migrationkg.graph;

import java.util.Iterator;
import java.util.Set;
import java.util.HashSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;

/**
 * A dataset whose default graph is the union of its named graphs, by configuration rather than by
 * copy: SPARQL over TDB2 sees the union through the context setting ({@code tdb2:unionDefaultGraph}, as
 * a Fuseki TDB2 service configures it), and code that asks for {@link #getDefaultGraph()} gets the
 * union view. The stored default graph stays empty, so every triple is stored once, in the graph that
 * says where it came from.
 *
 * <p>The graphs held apart ({@link GraphOrigins#isHeldApart}: the statements held back and the
 * validation report) are served as named graphs but must not be in the default graph. TDB2's union
 * takes every graph of its database, so they live in a second, small dataset ({@code apart}) beside
 * it: a query naming them (or any graph) reaches them, the union never does. SPARQL over the view
 * runs as {@link UnionQueryEngine} decides (it is a view, so Jena does not unwrap it to the store).
 */
public final class UnionDefaultView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final DatasetGraph apart;
    private final Set<Node> apartNames;

    /** A view with no graph held apart. */
    public UnionDefaultView(DatasetGraph named) {
        this(named, DatasetGraphFactory.createGeneral());
    }

    /** {@code named} makes the union; {@code apart}'s graphs are served beside it, never in it. Neither changes later. */
    public UnionDefaultView(DatasetGraph named, DatasetGraph apart) {
        super(named);
        this.apart = apart;
        Set<Node> names = new HashSet<>();
        apart.listGraphNodes().forEachRemaining(names::add);
        this.apartNames = Set.copyOf(names);
        named.getContext().set(TDB2.symUnionDefaultGraph, true);
        UnionQueryEngine.register();
    }

    /** The named graphs that make the union (a release's TDB2 store). */
    public DatasetGraph named() {
        return get();
    }

    /** The graphs served beside the union but not in it. */
    public DatasetGraph apart() {
        return apart;
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Graph getUnionGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (isApart(graphNode)) return apart.getGraph(graphNode);
        if (Quad.isDefaultGraph(graphNode)) return getDefaultGraph();
        return super.getGraph(graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return isApart(graphNode) || super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return apartNames.isEmpty() ? super.listGraphNodes() : Iter.concat(super.listGraphNodes(), apart.listGraphNodes());
    }

    @Override
    public long size() {
        return super.size() + apartNames.size();
    }

    @Override
    public boolean isEmpty() {
        return super.isEmpty() && apart.isEmpty();
    }

    // Wrappers above this one (the text index's) read the default graph as quads: give them the union too.

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (isApart(g)) return apart.find(g, s, p, o);
        Iterator<Quad> found = super.find(union(g), s, p, o);
        return isAny(g) && !apartNames.isEmpty() ? Iter.concat(found, apart.find(g, s, p, o)) : found;
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (isApart(g)) return apart.findNG(g, s, p, o);
        Iterator<Quad> found = super.findNG(g, s, p, o);
        return isAny(g) && !apartNames.isEmpty() ? Iter.concat(found, apart.findNG(g, s, p, o)) : found;
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (isApart(g)) return apart.contains(g, s, p, o);
        return super.contains(union(g), s, p, o) || (isAny(g) && !apartNames.isEmpty() && apart.contains(g, s, p, o));
    }

    boolean hasApart() {
        return !apartNames.isEmpty();
    }

    boolean isApart(Node g) {
        return g != null && apartNames.contains(g);
    }

    private static boolean isAny(Node g) {
        return g == null || Node.ANY.equals(g);
    }

    private static Node union(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }
}
