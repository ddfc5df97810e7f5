package eu.migrationkg.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The subset of RDFS and OWL 2 RL the graph serves, materialised once at load so that plain SPARQL
 * sees it. The axioms come from the data themselves (the ontology's files); the rules are:
 *
 * <ul>
 *   <li>subclass: {@code rdfs:subClassOf} (and {@code owl:equivalentClass} both ways) is transitive,
 *       and an instance of a class is an instance of its superclasses (RDFS 9, 11; OWL RL cax-sco, scm-sco);</li>
 *   <li>subproperty: {@code rdfs:subPropertyOf} (and {@code owl:equivalentProperty}) is transitive, and
 *       a statement with a property holds for its superproperties (RDFS 5, 7; prp-spo1, scm-spo);</li>
 *   <li>inverse: {@code p owl:inverseOf q} turns {@code x p y} into {@code y q x} and back (prp-inv1, prp-inv2);</li>
 *   <li>sameAs, kept small: {@code owl:sameAs} is symmetric and transitive (eq-sym, eq-trans), but
 *       statements are not copied between equal resources (no eq-rep-s/p/o) and nothing is said to
 *       be the same as itself, so an external IRI the data link to gains only its sameAs links.</li>
 * </ul>
 *
 * Domains and ranges are not used for inference: they would type the external IRIs the data link to.
 */
public final class Entailments {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUB_CLASS = RDFS.subClassOf.asNode();
    private static final Node SUB_PROPERTY = RDFS.subPropertyOf.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();

    private final Graph asserted;
    private final Graph inferred = GraphFactory.createDefaultGraph();
    private final Deque<Triple> pending = new ArrayDeque<>();
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;
    private final Map<Node, Set<Node>> inverses = new HashMap<>();

    private Entailments(Graph asserted) {
        this.asserted = asserted;
        this.superClasses = transitiveClosure(asserted, SUB_CLASS, OWL.equivalentClass.asNode());
        this.superProperties = superProperties(asserted);
        asserted.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                inverses.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
                inverses.computeIfAbsent(t.getObject(), k -> new LinkedHashSet<>()).add(t.getSubject());
            }
        });
    }

    /** The triples the rules entail from {@code asserted} that it does not already hold. */
    public static Graph materialise(Graph asserted) {
        Entailments e = new Entailments(asserted);
        e.run();
        return e.inferred;
    }

    private void run() {
        superClasses.forEach((c, supers) -> supers.forEach(d -> add(Triple.create(c, SUB_CLASS, d))));
        superProperties.forEach((p, supers) -> supers.forEach(q -> add(Triple.create(p, SUB_PROPERTY, q))));
        asserted.find().forEachRemaining(pending::add);
        while (!pending.isEmpty()) {
            apply(pending.poll());
        }
    }

    private void apply(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        if (p.equals(TYPE)) {
            superClasses.getOrDefault(o, Set.of()).forEach(d -> add(Triple.create(s, TYPE, d)));
        }
        superProperties.getOrDefault(p, Set.of()).forEach(q -> add(Triple.create(s, q, o)));
        if (!o.isLiteral()) {
            inverses.getOrDefault(p, Set.of()).forEach(q -> add(Triple.create(o, q, s)));
        }
        if (p.equals(SAME_AS) && !o.isLiteral()) {
            add(Triple.create(o, SAME_AS, s));
            holds(o, SAME_AS, Node.ANY).forEach(x -> add(Triple.create(s, SAME_AS, x.getObject())));
            holds(Node.ANY, SAME_AS, s).forEach(y -> add(Triple.create(y.getSubject(), SAME_AS, o)));
        }
    }

    /** What is known so far, asserted or inferred. */
    private List<Triple> holds(Node s, Node p, Node o) {
        List<Triple> found = new ArrayList<>(asserted.find(s, p, o).toList());
        found.addAll(inferred.find(s, p, o).toList());
        return found;
    }

    private void add(Triple t) {
        boolean reflexiveSameAs = t.getPredicate().equals(SAME_AS) && t.getSubject().equals(t.getObject());
        if (reflexiveSameAs || t.getSubject().isLiteral() || asserted.contains(t) || inferred.contains(t)) return;
        inferred.add(t);
        pending.add(t);
    }

    /**
     * For each property of {@code g}, every property above it by {@code rdfs:subPropertyOf} (and
     * {@code owl:equivalentProperty} either way), transitively, itself excluded: the one closure that both
     * inference and the pages (which fold a statement into a more specific one) read.
     */
    public static Map<Node, Set<Node>> superProperties(Graph g) {
        return transitiveClosure(g, SUB_PROPERTY, OWL.equivalentProperty.asNode());
    }

    /** For each node, every node it reaches by {@code sub} (and by {@code equivalent} either way), itself excluded. */
    private static Map<Node, Set<Node>> transitiveClosure(Graph g, Node sub, Node equivalent) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        g.find(Node.ANY, sub, Node.ANY).forEachRemaining(t -> edge(direct, t.getSubject(), t.getObject()));
        g.find(Node.ANY, equivalent, Node.ANY).forEachRemaining(t -> {
            edge(direct, t.getSubject(), t.getObject());
            edge(direct, t.getObject(), t.getSubject());
        });
        Map<Node, Set<Node>> closure = new HashMap<>();
        for (Node start : direct.keySet()) {
            Set<Node> reached = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                Node n = todo.poll();
                if (!n.equals(start) && reached.add(n)) todo.addAll(direct.getOrDefault(n, Set.of()));
            }
            closure.put(start, reached);
        }
        return closure;
    }

    private static void edge(Map<Node, Set<Node>> edges, Node from, Node to) {
        if (from.isURI() && to.isURI() && !from.equals(to)) {
            edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }
    }
}
