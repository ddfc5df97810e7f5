package eu.migrationkg.serve.visual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the strategy map reads of the whole graph, worked out once per loaded graph (and again after a
 * reload): the links it follows, every resource of its classes in list order, how many of each class,
 * and what hangs below each node of the overview. Every page then costs what it shows, not what the
 * graph holds.
 */
final class MapIndex {

    /** The properties the map follows, both ways. */
    final List<Node> properties;
    /** Every resource of the map's classes, each once (under its first class), by class then IRI. */
    final List<Node> ordered;
    final Map<Node, MapGroup> groupOf;
    final Map<MapGroup, Integer> counts;
    /** For each node of the overview, how many resources of each class hang below it. */
    final Map<Node, Map<MapGroup, Integer>> below;

    private MapIndex(List<Node> properties, List<Node> ordered, Map<Node, MapGroup> groupOf, Map<MapGroup, Integer> counts,
                     Map<Node, Map<MapGroup, Integer>> below) {
        this.properties = properties;
        this.ordered = ordered;
        this.groupOf = groupOf;
        this.counts = counts;
        this.below = below;
    }

    static MapIndex of(ModelView v, ViewQuery links) {
        return PerGraph.get(v, "map", () -> build(v, links));
    }

    private static MapIndex build(ModelView v, ViewQuery links) {
        List<Node> properties = links.select(v.ds).stream().map(r -> r.get("property")).toList();
        Map<Node, MapGroup> groupOf = new HashMap<>();
        List<Node> ordered = new ArrayList<>();
        Map<MapGroup, Integer> counts = new LinkedHashMap<>();
        for (MapGroup g : MapGroup.ALL) {
            if (g == MapGroup.OTHER) continue;
            Set<Node> members = new java.util.TreeSet<>(ModelView.BY_TERM);
            v.graph.find(Node.ANY, ModelView.TYPE, v.term(g.key())).forEachRemaining((Triple t) -> {
                Node s = t.getSubject();
                if (s.isURI() && !groupOf.containsKey(s)) members.add(s);
            });
            for (Node n : members) groupOf.put(n, g);
            ordered.addAll(members);
            counts.put(g, members.size());
        }
        Map<Node, Map<MapGroup, Integer>> below = new HashMap<>();
        for (Node top : ordered) {
            MapGroup g = groupOf.get(top);
            if (!Set.of("Strategy", "Objective", "Priority").contains(g.key())) continue;
            Map<MapGroup, Integer> under = below(v, top, g, groupOf);
            if (!under.isEmpty()) below.put(top, under);
        }
        return new MapIndex(List.copyOf(properties), List.copyOf(ordered), Map.copyOf(groupOf), counts, below);
    }

    /** The classes counted below a node of the overview. */
    private static final List<String> BELOW = List.of("Action", "Instrument", "LegalAct", "Milestone");

    /**
     * What hangs below a strategy, objective or priority: the actions of its priorities (a strategy's,
     * or those serving an objective), and what they lead to by instruments, legal bases, parts and
     * milestones, counted by class.
     */
    private static Map<MapGroup, Integer> below(ModelView v, Node top, MapGroup g, Map<Node, MapGroup> groupOf) {
        Set<Node> priorities = new LinkedHashSet<>();
        switch (g.key()) {
            case "Priority" -> priorities.add(top);
            case "Strategy" -> v.graph.find(top, v.term("hasPriority"), Node.ANY).forEachRemaining((Triple t) -> priorities.add(t.getObject()));
            default -> v.graph.find(Node.ANY, v.term("servesObjective"), top).forEachRemaining((Triple t) -> priorities.add(t.getSubject()));
        }
        Set<Node> reached = new LinkedHashSet<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        for (Node p : priorities) {
            v.graph.find(p, v.term("hasAction"), Node.ANY).forEachRemaining((Triple t) -> {
                if (t.getObject().isURI() && reached.add(t.getObject())) todo.add(t.getObject());
            });
        }
        List<Node> onward = List.of(v.term("usesInstrument"), v.term("legalBasis"), v.term("hasPart"), v.term("hasMilestone"));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node p : onward) {
                v.graph.find(n, p, Node.ANY).forEachRemaining((Triple t) -> {
                    if (t.getObject().isURI() && reached.add(t.getObject())) todo.add(t.getObject());
                });
            }
        }
        Map<MapGroup, Integer> counts = new TreeMap<>((a, b) -> MapGroup.ALL.indexOf(a) - MapGroup.ALL.indexOf(b));
        for (Node n : reached) {
            MapGroup of = groupOf.get(n);
            if (of != null && BELOW.contains(of.key())) counts.merge(of, 1, Integer::sum);
        }
        return counts;
    }

    MapGroup group(Node n) {
        return groupOf.getOrDefault(n, MapGroup.OTHER);
    }

    /** A link of the map: source, property, target as the graph states it. */
    record Link(Node source, Node property, Node target) {
        Node other(Node n) { return source.equals(n) ? target : source; }
    }

    /** The node's links to and from other resources (IRIs), by the map's properties, in a stable order. */
    List<Link> links(ModelView v, Node n) {
        Set<Link> out = new LinkedHashSet<>();
        for (Node p : properties) {
            v.graph.find(n, p, Node.ANY).forEachRemaining((Triple t) -> {
                if (t.getObject().isURI() && !t.getObject().equals(n)) out.add(new Link(n, p, t.getObject()));
            });
            v.graph.find(Node.ANY, p, n).forEachRemaining((Triple t) -> {
                if (t.getSubject().isURI() && !t.getSubject().equals(n)) out.add(new Link(t.getSubject(), p, n));
            });
        }
        List<Link> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing((Link l) -> l.other(n).getURI()).thenComparing(l -> l.property().getURI()));
        return sorted;
    }

    /** The node's outgoing links only (what the list under the map shows for it). */
    List<Link> outgoing(ModelView v, Node n) {
        List<Link> out = new ArrayList<>();
        for (Node p : properties) {
            v.graph.find(n, p, Node.ANY).forEachRemaining((Triple t) -> {
                if (t.getObject().isURI() && !t.getObject().equals(n)) out.add(new Link(n, p, t.getObject()));
            });
        }
        out.sort(java.util.Comparator.comparing((Link l) -> l.property().getURI()).thenComparing(l -> l.target().getURI()));
        return out;
    }

    /** The node's links to and from described resources by any property but rdf:type, for a node outside the structure. */
    List<Link> anyLinks(ModelView v, Node n) {
        Set<Link> out = new LinkedHashSet<>();
        v.graph.find(n, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            if (!t.getPredicate().equals(ModelView.TYPE) && t.getObject().isURI() && !t.getObject().equals(n)
                    && v.graph.contains(t.getObject(), ModelView.TYPE, Node.ANY)) out.add(new Link(n, t.getPredicate(), t.getObject()));
        });
        v.graph.find(Node.ANY, Node.ANY, n).forEachRemaining((Triple t) -> {
            if (!t.getPredicate().equals(ModelView.TYPE) && t.getSubject().isURI() && !t.getSubject().equals(n)
                    && v.graph.contains(t.getSubject(), ModelView.TYPE, Node.ANY)) out.add(new Link(t.getSubject(), t.getPredicate(), n));
        });
        List<Link> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing((Link l) -> l.other(n).getURI()).thenComparing(l -> l.property().getURI()));
        return sorted;
    }
}
