package eu.migrationkg.serve.visual;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Which priorities and instruments each resource belongs with, for the pictures' filters, worked out
 * once per loaded graph ({@link PerGraph}). Priorities: from {@code priorities-of.rq}. Instruments:
 * the instrument itself, the legal acts it rests on or that rest on it (through packages, either
 * way), the actions that use it and the money it funds; followed link by link here, since a SPARQL
 * path both ways over every instrument grows with the corpus.
 */
final class Belonging {

    final Map<Node, Set<Node>> prioritiesOf;
    final Map<Node, Set<Node>> instrumentsOf;
    final Set<Node> priorities;
    final Set<Node> instruments;

    private Belonging(Map<Node, Set<Node>> prioritiesOf, Map<Node, Set<Node>> instrumentsOf, Set<Node> priorities, Set<Node> instruments) {
        this.prioritiesOf = prioritiesOf;
        this.instrumentsOf = instrumentsOf;
        this.priorities = priorities;
        this.instruments = instruments;
    }

    static Belonging of(ModelView v, ViewQuery prioritiesQuery) {
        return PerGraph.get(v, "belonging", () -> build(v, prioritiesQuery));
    }

    Set<Node> priorities(Node resource) {
        return prioritiesOf.getOrDefault(resource, Set.of());
    }

    Set<Node> instruments(Node resource) {
        return instrumentsOf.getOrDefault(resource, Set.of());
    }

    private static Belonging build(ModelView v, ViewQuery prioritiesQuery) {
        Map<Node, Set<Node>> prioritiesOf = new HashMap<>();
        Set<Node> priorities = new TreeSet<>(ModelView.BY_TERM);
        for (Map<String, Node> row : prioritiesQuery.select(v.ds)) {
            prioritiesOf.computeIfAbsent(row.get("resource"), k -> new TreeSet<>(ModelView.BY_TERM)).add(row.get("priority"));
            priorities.add(row.get("priority"));
        }
        List<Node> acts = List.of(v.term("legalBasis"), v.term("hasPart"));
        Node uses = v.term("usesInstrument");
        Node fundedFrom = v.term("fundedFrom");
        Map<Node, Set<Node>> instrumentsOf = new HashMap<>();
        Set<Node> instruments = new TreeSet<>(ModelView.BY_TERM);
        v.graph.find(Node.ANY, ModelView.TYPE, v.term("Instrument")).forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI()) instruments.add(t.getSubject());
        });
        for (Node i : instruments) {
            Set<Node> mine = new TreeSet<>(ModelView.BY_TERM);
            mine.add(i);
            follow(v, i, acts, true, mine);
            follow(v, i, acts, false, mine);
            v.graph.find(Node.ANY, uses, i).forEachRemaining((Triple t) -> mine.add(t.getSubject()));
            v.graph.find(Node.ANY, fundedFrom, i).forEachRemaining((Triple t) -> mine.add(t.getSubject()));
            for (Node r : mine) instrumentsOf.computeIfAbsent(r, k -> new TreeSet<>(ModelView.BY_TERM)).add(i);
        }
        return new Belonging(Collections.unmodifiableMap(prioritiesOf), Collections.unmodifiableMap(instrumentsOf), priorities, instruments);
    }

    /** Adds what {@code start} reaches by the properties, forwards or backwards, to {@code into}. */
    private static void follow(ModelView v, Node start, List<Node> properties, boolean forwards, Set<Node> into) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node p : properties) {
                var it = forwards ? v.graph.find(n, p, Node.ANY) : v.graph.find(Node.ANY, p, n);
                it.forEachRemaining((Triple t) -> {
                    Node next = forwards ? t.getObject() : t.getSubject();
                    if (next.isURI() && into.add(next)) todo.add(next);
                });
            }
        }
    }
}
