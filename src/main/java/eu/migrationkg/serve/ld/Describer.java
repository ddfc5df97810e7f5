package eu.migrationkg.serve.ld;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Builds the {@link Description} of an IRI from the dataset. The caller holds a read transaction.
 * Provenance is read as the model states it: a passage is a {@code mig:Passage} whose IRI names the
 * graph of the facts it states, located in its source by Web Annotation selectors.
 */
public final class Describer {

    /** Incoming links served with a description; the page links to a query for the rest. */
    public static final int MAX_INCOMING = 100;
    /** Passages served with a description. */
    public static final int MAX_PASSAGES = 100;

    static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getObject()));

    private static final Node TYPE = uri(Vocab.RDF + "type");
    private static final Node HAS_SOURCE = uri(Vocab.OA + "hasSource");
    private static final Node HAS_SELECTOR = uri(Vocab.OA + "hasSelector");
    private static final Node EXACT = uri(Vocab.OA + "exact");
    private static final Node PREFIX = uri(Vocab.OA + "prefix");
    private static final Node SUFFIX = uri(Vocab.OA + "suffix");
    private static final Node START = uri(Vocab.OA + "start");
    private static final Node END = uri(Vocab.OA + "end");
    private static final Node ISSUED = uri(Vocab.DCT + "issued");

    private final DatasetGraph ds;
    private final String base;
    private final Graph union;
    private final Node passageClass;
    private final Node mentionedIn;

    public Describer(DatasetGraph ds, Iris iris) {
        this.ds = ds;
        this.base = iris.base();
        this.union = ds.getDefaultGraph();
        this.passageClass = iris.term("Passage");
        this.mentionedIn = iris.term("mentionedIn");
    }

    /**
     * True when the IRI occurs in the graph, as a node or as the name of a graph, or when IRIs
     * {@code iri#...} do (it is then the document that holds them).
     */
    public boolean exists(Node iri) {
        return union.contains(iri, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, iri)
                || union.contains(Node.ANY, iri, Node.ANY) || ds.containsGraph(iri)
                || !FragmentIndex.fragmentsOf(ds, base, iri).isEmpty();
    }

    public Optional<Description> describe(Node r) {
        if (!exists(r)) return Optional.empty();
        Graph out = GraphFactory.createDefaultGraph();

        List<Triple> own = ownTriples(r);
        List<Triple> allIncoming = union.find(Node.ANY, Node.ANY, r).toList();
        allIncoming.sort(TRIPLE_ORDER);
        List<Triple> incoming = List.copyOf(allIncoming.subList(0, Math.min(MAX_INCOMING, allIncoming.size())));

        List<Triple> named = List.of();
        long namedSize = 0;
        if (ds.containsGraph(r)) {
            Graph g = ds.getGraph(r);
            namedSize = g.size();
            List<Triple> t = new ArrayList<>(g.find().toList());
            t.sort(TRIPLE_ORDER);
            named = List.copyOf(t);
        }

        Map<Triple, List<Node>> statedBy = new LinkedHashMap<>();
        Set<Node> passageNodes = new LinkedHashSet<>();
        union.find(r, mentionedIn, Node.ANY).forEachRemaining(t -> {
            if (isPassage(t.getObject())) passageNodes.add(t.getObject());
        });
        collectStatedBy(ds.findNG(Node.ANY, r, Node.ANY, Node.ANY), statedBy, passageNodes);
        collectStatedBy(ds.findNG(Node.ANY, Node.ANY, Node.ANY, r), statedBy, passageNodes);

        List<Description.Passage> passages = new ArrayList<>();
        for (Node p : passageNodes) passages.add(passage(p, r));
        passages.sort(Comparator.comparing((Description.Passage p) -> issued(p.document()))
                .thenComparing(p -> NodeFmtLib.strNT(p.document()))
                .thenComparingInt(Description.Passage::start)
                .thenComparing(p -> p.iri().getURI()));
        boolean more = passages.size() > MAX_PASSAGES;
        if (more) passages = new ArrayList<>(passages.subList(0, MAX_PASSAGES));

        own.forEach(out::add);
        incoming.forEach(out::add);
        named.forEach(out::add);
        for (Description.Passage p : passages) addPassage(p, out);
        addLabels(out);

        return Optional.of(new Description(r, out, own, incoming, allIncoming.size(), List.copyOf(passages), more,
                statedBy, named, namedSize));
    }

    /** The IRI's triples, with its blank nodes and its own fragments ({@code iri#quote}) described too, in order. */
    List<Triple> ownTriples(Node r) {
        List<Triple> out = new ArrayList<>();
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(r));
        todo.addAll(FragmentIndex.fragmentsOf(ds, base, r));
        String fragmentPrefix = r.isURI() ? r.getURI() + "#" : null;
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!done.add(s)) continue;
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() || (fragmentPrefix != null && o.isURI() && o.getURI().startsWith(fragmentPrefix))) {
                    todo.push(o);
                }
            });
        }
        out.sort(TRIPLE_ORDER);
        return out;
    }

    private void collectStatedBy(java.util.Iterator<Quad> quads, Map<Triple, List<Node>> statedBy, Set<Node> passages) {
        quads.forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!isPassage(g)) return;
            passages.add(g);
            List<Node> by = statedBy.computeIfAbsent(q.asTriple(), k -> new ArrayList<>());
            if (!by.contains(g)) by.add(g);
        });
    }

    boolean isPassage(Node n) {
        return n.isURI() && union.contains(n, TYPE, passageClass);
    }

    /** A passage as its selectors describe it, with what it states about {@code about}. */
    Description.Passage passage(Node p, Node about) {
        Node doc = first(p, HAS_SOURCE);
        String exact = "", prefix = "", suffix = "";
        int start = -1, end = -1;
        for (Triple t : union.find(p, HAS_SELECTOR, Node.ANY).toList()) {
            Node sel = t.getObject();
            exact = text(sel, EXACT, exact);
            prefix = text(sel, PREFIX, prefix);
            suffix = text(sel, SUFFIX, suffix);
            start = number(sel, START, start);
            end = number(sel, END, end);
        }
        List<Triple> statements = new ArrayList<>();
        if (about != null && ds.containsGraph(p)) {
            Graph g = ds.getGraph(p);
            statements.addAll(g.find(about, Node.ANY, Node.ANY).toList());
            statements.addAll(g.find(Node.ANY, Node.ANY, about).toList());
            statements.sort(TRIPLE_ORDER);
        }
        return new Description.Passage(p, doc, exact, prefix, suffix, start, end, List.copyOf(statements));
    }

    /** The passage, its selectors and its document's title and date, as triples. */
    private void addPassage(Description.Passage p, Graph out) {
        union.find(p.iri(), Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            if (t.getPredicate().equals(HAS_SELECTOR)) union.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
        });
        p.statements().forEach(out::add);
        if (p.document() != null) {
            for (Node prop : List.of(TYPE, ISSUED)) union.find(p.document(), prop, Node.ANY).forEachRemaining(out::add);
        }
    }

    /** For every IRI the served triples mention, the triples of its best label property. */
    private void addLabels(Graph out) {
        Set<Node> nodes = new LinkedHashSet<>();
        out.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getPredicate());
            nodes.add(t.getObject());
        });
        for (Node n : nodes) {
            if (!n.isURI()) continue;
            for (Node p : Labels.LABEL_PROPERTIES) {
                List<Triple> labels = union.find(n, p, Node.ANY).toList();
                if (!labels.isEmpty()) {
                    labels.forEach(out::add);
                    break;
                }
            }
        }
    }

    private String issued(Node doc) {
        if (doc == null) return "";
        Node d = first(doc, ISSUED);
        return d != null && d.isLiteral() ? d.getLiteralLexicalForm() : "";
    }

    private Node first(Node s, Node p) {
        return union.find(s, p, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .min(Comparator.comparing(NodeFmtLib::strNT)).orElse(null);
    }

    private String text(Node s, Node p, String otherwise) {
        Node o = first(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : otherwise;
    }

    private int number(Node s, Node p, int otherwise) {
        Node o = first(s, p);
        if (o == null || !o.isLiteral()) return otherwise;
        try {
            return Integer.parseInt(o.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
