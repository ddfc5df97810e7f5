package eu.migrationkg.serve.visual;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Draws the strategy map from the graph: the links {@code strategy-map.rq} finds, each end a node
 * classed by {@link MapGroup}. A focus outside the structure (a person, a passage) brings its own
 * links to described resources, so every resource page can show itself on the map.
 */
final class StrategyMapBuilder {

    static final int DEFAULT_DEPTH = 1;
    static final List<Integer> DEPTHS = List.of(1, 2, 3);

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Edge(Node source, Node property, Node target) {}

    private final ViewQuery edgesQuery;

    StrategyMapBuilder(ViewQuery edgesQuery) {
        this.edgesQuery = edgesQuery;
    }

    /** The map for the request's parameters: {@code focus} (an IRI), {@code depth} (1-3), {@code show} (class keys). */
    StrategyMap build(ModelView v, PageFrame frame, String focusParam, String depthParam, List<String> showParam)
            throws BadPictureRequest {
        int depth = depth(depthParam);
        Set<String> shown = shown(showParam);
        Set<Edge> edges = new LinkedHashSet<>();
        for (Map<String, Node> row : edgesQuery.select(v.ds)) {
            edges.add(new Edge(row.get("source"), row.get("property"), row.get("target")));
        }
        Node focus = null;
        if (focusParam != null && !focusParam.isBlank()) {
            focus = ModelView.uri(absoluteIri(focusParam.strip()));
            if (!endpoints(edges).contains(focus)) {
                if (!isDescribed(v, focus)) {
                    throw new BadPictureRequest(404, "The graph does not describe " + focus.getURI() + ".");
                }
                edges.addAll(ownLinks(v, focus));
            }
        }
        List<Edge> sorted = edges.stream()
                .sorted(Comparator.comparing((Edge e) -> e.source().getURI()).thenComparing(e -> e.property().getURI())
                        .thenComparing(e -> e.target().getURI()))
                .toList();
        Set<Node> nodes = endpoints(sorted);
        Map<Node, MapGroup> groupOf = new HashMap<>();
        for (Node n : nodes) groupOf.put(n, groupOf(v, n));

        Set<Node> visible = focus == null ? nodes : neighbourhood(focus, sorted, depth);
        final Node f = focus;
        Set<Node> listed = new LinkedHashSet<>();
        for (Node n : visible) {
            if (n.equals(f) || shown.isEmpty() || shown.contains(groupOf.get(n).key())) listed.add(n);
        }

        Map<MapGroup, Integer> counts = new LinkedHashMap<>();
        for (MapGroup g : MapGroup.ALL) counts.put(g, 0);
        nodes.forEach(n -> counts.merge(groupOf.get(n), 1, Integer::sum));
        Map<MapGroup, StrategyMap.Group> groups = new LinkedHashMap<>();
        for (MapGroup g : MapGroup.ALL) {
            if (counts.get(g) == 0) continue;
            groups.put(g, new StrategyMap.Group(g.key(), groupLabel(v, g), g.colour(), g.shape(), counts.get(g),
                    shown.isEmpty() || shown.contains(g.key())));
        }

        return new StrategyMap(frame, null, List.copyOf(groups.values()),
                sections(v, listed, sorted, groupOf, groups, focus, true),
                sections(v, nodes, sorted, groupOf, groups, focus, false),
                focus == null ? null : v.named(focus), depth, DEPTHS, nodes.size(), sorted.size(),
                json(v, sorted, nodes, groupOf, groups, focus, depth), v.links.to("explore"));
    }

    /** The map with no focus and every class shown, carrying a problem to report. */
    StrategyMap withProblem(ModelView v, PageFrame frame, String problem) {
        try {
            StrategyMap m = build(v, frame, null, null, List.of());
            return new StrategyMap(m.frame(), problem, m.groups(), m.sections(), m.everything(), null, m.depth(),
                    m.depths(), m.nodeCount(), m.edgeCount(), m.json(), m.wholeMap());
        } catch (BadPictureRequest e) {
            throw new IllegalStateException("the plain map has no parameters to refuse", e);
        }
    }

    private static int depth(String param) throws BadPictureRequest {
        if (param == null || param.isBlank()) return DEFAULT_DEPTH;
        try {
            int d = Integer.parseInt(param.strip());
            if (DEPTHS.contains(d)) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadPictureRequest(400, "depth must be one of " + DEPTHS + ", not '" + param + "'.");
    }

    private static Set<String> shown(List<String> params) throws BadPictureRequest {
        Set<String> shown = new TreeSet<>();
        for (String s : params) {
            if (s.isBlank()) continue;
            if (MapGroup.byKey(s.strip()).isEmpty()) {
                throw new BadPictureRequest(400, "show takes the classes of the map ("
                        + String.join(", ", MapGroup.ALL.stream().map(MapGroup::key).toList()) + "), not '" + s + "'.");
            }
            shown.add(s.strip());
        }
        return shown;
    }

    private static String absoluteIri(String s) throws BadPictureRequest {
        try {
            URI uri = new URI(s);
            if (uri.isAbsolute()) return s;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BadPictureRequest(400, "focus must be the full IRI of a resource, not '" + s + "'.");
    }

    private static Set<Node> endpoints(Iterable<Edge> edges) {
        Set<Node> nodes = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Edge e : edges) {
            nodes.add(e.source());
            nodes.add(e.target());
        }
        return nodes;
    }

    private static boolean isDescribed(ModelView v, Node n) {
        return v.graph.contains(n, ModelView.TYPE, Node.ANY);
    }

    /** The focus's links to and from other described resources, by any property but rdf:type. */
    private static List<Edge> ownLinks(ModelView v, Node focus) {
        List<Edge> out = new ArrayList<>();
        v.graph.find(focus, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            if (!t.getPredicate().equals(ModelView.TYPE) && t.getObject().isURI() && !t.getObject().equals(focus)
                    && isDescribed(v, t.getObject())) {
                out.add(new Edge(focus, t.getPredicate(), t.getObject()));
            }
        });
        v.graph.find(Node.ANY, Node.ANY, focus).forEachRemaining((Triple t) -> {
            if (!t.getPredicate().equals(ModelView.TYPE) && t.getSubject().isURI() && !t.getSubject().equals(focus)
                    && isDescribed(v, t.getSubject())) {
                out.add(new Edge(t.getSubject(), t.getPredicate(), focus));
            }
        });
        return out;
    }

    private static MapGroup groupOf(ModelView v, Node n) {
        for (MapGroup g : MapGroup.ALL) {
            if (g != MapGroup.OTHER && v.hasType(n, v.term(g.key()))) return g;
        }
        return MapGroup.OTHER;
    }

    private static String groupLabel(ModelView v, MapGroup g) {
        return g == MapGroup.OTHER ? "Other" : v.labels.of(v.term(g.key()));
    }

    /** The nodes within {@code depth} links of the focus, whichever way the links point. */
    private static Set<Node> neighbourhood(Node focus, List<Edge> edges, int depth) {
        Map<Node, Set<Node>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new LinkedHashSet<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new LinkedHashSet<>()).add(e.source());
        }
        Map<Node, Integer> distance = new LinkedHashMap<>();
        distance.put(focus, 0);
        Deque<Node> todo = new ArrayDeque<>(List.of(focus));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            int d = distance.get(n);
            if (d == depth) continue;
            for (Node m : adjacent.getOrDefault(n, Set.of())) {
                if (distance.putIfAbsent(m, d + 1) == null) todo.add(m);
            }
        }
        Set<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        out.addAll(distance.keySet());
        return out;
    }

    private static List<StrategyMap.Section> sections(ModelView v, Set<Node> nodes, List<Edge> edges,
                                                      Map<Node, MapGroup> groupOf,
                                                      Map<MapGroup, StrategyMap.Group> groups, Node focus,
                                                      boolean withLinks) {
        List<StrategyMap.Section> out = new ArrayList<>();
        for (Map.Entry<MapGroup, StrategyMap.Group> g : groups.entrySet()) {
            List<Node> members = nodes.stream().filter(n -> groupOf.get(n) == g.getKey())
                    .sorted(Comparator.comparing((Node n) -> v.named(n).label().toLowerCase(java.util.Locale.ROOT)).thenComparing(ModelView.BY_TERM)).toList();
            if (members.isEmpty()) continue;
            List<StrategyMap.Entry> entries = new ArrayList<>();
            for (Node n : members) {
                List<StrategyMap.Links> links = new ArrayList<>();
                if (withLinks) {
                    Map<String, List<Ref>> byProperty = new TreeMap<>();
                    for (Edge e : edges) {
                        if (e.source().equals(n) && nodes.contains(e.target())) {
                            byProperty.computeIfAbsent(v.labels.of(e.property()), k -> new ArrayList<>()).add(v.named(e.target()));
                        }
                    }
                    byProperty.forEach((p, targets) -> links.add(new StrategyMap.Links(p,
                            targets.stream().sorted(Comparator.comparing(Ref::label)).toList())));
                }
                entries.add(new StrategyMap.Entry(v.named(n), n.equals(focus), links));
            }
            out.add(new StrategyMap.Section(g.getValue(), entries));
        }
        return out;
    }

    private static String json(ModelView v, List<Edge> edges, Set<Node> nodes, Map<Node, MapGroup> groupOf,
                               Map<MapGroup, StrategyMap.Group> groups, Node focus, int depth) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode gs = root.putArray("groups");
        for (StrategyMap.Group g : groups.values()) {
            ObjectNode o = gs.addObject();
            o.put("key", g.key());
            o.put("label", g.label());
            o.put("colour", g.colour());
            o.put("shape", g.shape());
            o.put("shown", g.shown());
        }
        ArrayNode ns = root.putArray("nodes");
        for (Node n : nodes) {
            Ref r = v.named(n);
            ObjectNode o = ns.addObject();
            o.put("id", n.getURI());
            o.put("label", r.label());
            o.put("group", groupOf.get(n).key());
            if (r.href() != null) o.put("href", r.href());
        }
        ArrayNode es = root.putArray("edges");
        for (Edge e : edges) {
            ObjectNode o = es.addObject();
            o.put("source", e.source().getURI());
            o.put("target", e.target().getURI());
            o.put("label", v.labels.of(e.property()));
        }
        if (focus != null) root.put("focus", focus.getURI());
        root.put("depth", depth);
        try {
            return PageFrame.scriptSafe(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
