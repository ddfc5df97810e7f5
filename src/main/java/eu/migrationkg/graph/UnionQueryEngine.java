package eu.migrationkg.graph;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMainQuad;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How SPARQL runs over a {@link UnionDefaultView}. A query that reads only the default graph and graphs
 * named by IRI (almost every query) runs on the store itself with TDB2's own engine and its union
 * default graph, as in a bare Fuseki: the graphs held apart are not in that store, so they are not in
 * the union. A query that could reach a graph held apart ({@code GRAPH ?g}, {@code GRAPH <graph/quarantine>},
 * {@code FROM NAMED}) runs over the view instead, in quad form, so it sees those graphs beside the
 * store's (each pattern is still one index lookup in TDB2). A view over an in-memory store (a build
 * in progress) always runs this way: only TDB2 has the union as a setting.
 */
final class UnionQueryEngine implements QueryEngineFactory {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    /** Registers the engine once per JVM; it answers only for {@link UnionDefaultView}s. */
    static void register() {
        if (REGISTERED.compareAndSet(false, true)) QueryEngineRegistry.addFactory(new UnionQueryEngine());
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof UnionDefaultView;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        UnionDefaultView view = (UnionDefaultView) dataset;
        if (!TDBInternal.isBackedByTDB(view.named()) || query.hasDatasetDescription() || mayReachApart(query, view)) {
            return QueryEngineMainQuad.getFactory().create(query, view, input, context);
        }
        DatasetGraph store = view.named();
        Context union = unionContext(context);
        return QueryEngineRegistry.findFactory(query, store, union).create(query, store, input, union);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return dataset instanceof UnionDefaultView;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        UnionDefaultView view = (UnionDefaultView) dataset;
        if (!TDBInternal.isBackedByTDB(view.named()) || mayReachApart(op, view)) {
            return QueryEngineMainQuad.getFactory().create(op, view, input, context);
        }
        DatasetGraph store = view.named();
        Context union = unionContext(context);
        return QueryEngineRegistry.findFactory(op, store, union).create(op, store, input, union);
    }

    private static Context unionContext(Context context) {
        Context c = context == null ? new Context() : context.copy();
        c.set(TDB2.symUnionDefaultGraph, true);
        return c;
    }

    /** Whether a graph pattern names a graph held apart, or any graph by a variable. */
    static boolean mayReachApart(Query query, UnionDefaultView view) {
        if (!view.hasApart() || query.getQueryPattern() == null) return false;
        AtomicBoolean reaches = new AtomicBoolean();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph el) {
                if (reaches(el.getGraphNameNode(), view)) reaches.set(true);
            }
        });
        return reaches.get();
    }

    static boolean mayReachApart(Op op, UnionDefaultView view) {
        if (!view.hasApart()) return false;
        AtomicBoolean reaches = new AtomicBoolean();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpGraph g) {
                if (reaches(g.getNode(), view)) reaches.set(true);
            }

            @Override
            public void visit(OpQuadPattern q) {
                if (reaches(q.getGraphNode(), view)) reaches.set(true);
            }

            @Override
            public void visit(OpQuad q) {
                if (reaches(q.getQuad().getGraph(), view)) reaches.set(true);
            }

            @Override
            public void visit(OpQuadBlock q) {
                q.getPattern().forEach(quad -> {
                    if (reaches(quad.getGraph(), view)) reaches.set(true);
                });
            }

            @Override
            public void visit(OpDatasetNames d) {
                reaches.set(true);
            }
        });
        return reaches.get();
    }

    private static boolean reaches(Node graph, UnionDefaultView view) {
        return graph == null || graph.isVariable() || view.isApart(graph);
    }
}
