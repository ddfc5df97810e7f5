package eu.migrationkg.serve.visual;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Draws the strategy map so that it stays readable whatever the graph's size: an overview first (the
 * strategies, objectives and priorities, each with what hangs below it counted), or a focus and its
 * neighbourhood; around any node, a class with more than {@link #GROUP_LIMIT} resources is drawn as
 * one node that counts them, opened {@link #GROUP_LIMIT} at a time through {@link #expand}. The list
 * beneath holds every resource of the map, {@link #PAGE_SIZE} a page.
 */
final class StrategyMapBuilder {

    static final int DEFAULT_DEPTH = 1;
    static final List<Integer> DEPTHS = List.of(1, 2, 3);
    /** The most resources a first picture draws (counting nodes included). */
    static final int DRAWN_LIMIT = 60;
    /**
     * The most nodes the overview draws: as many as fit a 1280 px wide window with every name at least
     * 11 px tall (about six to a row, four rows); beyond, the lower classes are drawn as counting nodes.
     */
    static final int OVERVIEW_LIMIT = 24;
    /** Above this many resources of one class around a node, one counting node stands for them. */
    static final int GROUP_LIMIT = 24;
    static final int PAGE_SIZE = 100;
    static final int TARGETS_SHOWN = 8;
    static final int FIND_LIMIT = 12;
    /** The overview's classes: the top of the strategy. */
    private static final Set<String> OVERVIEW = Set.of("Strategy", "Objective", "Priority");


    private final ViewQuery linksQuery;
    private final ViewQuery findQuery;

    StrategyMapBuilder(ViewQuery linksQuery, ViewQuery findQuery) {
        this.linksQuery = linksQuery;
        this.findQuery = findQuery;
    }

    /** The parameters of the page, as the address gives them. */
    record Request(String focus, String depth, List<String> show, String find, String page) {}

    /** A node the picture draws: a resource, or a counting node standing for {@code count} resources of a class around {@code of}. */
    private record Drawn(Node node, MapGroup group, Node of, int count) {
        boolean isAggregate() { return count > 0; }
    }

    private record Edge(Node source, Node property, Node target) {}

    /** What the picture draws. */
    private static final class Picture {
        final Map<Node, Drawn> nodes = new LinkedHashMap<>();
        final Set<Edge> edges = new LinkedHashSet<>();
        boolean full;
    }

    StrategyMap build(ModelView v, PageFrame frame, Request r) throws BadPictureRequest {
        MapIndex index = MapIndex.of(v, linksQuery);
        int depth = depth(r.depth());
        Set<String> shown = shown(r.show());
        String find = r.find() == null ? "" : r.find().strip();
        Node focus = null;
        if (!find.isEmpty()) {
            List<Ref> found = find(v, find);
            if (found.isEmpty()) throw new BadPictureRequest(404, "No resource of the map is named with '" + find + "'.");
            focus = ModelView.uri(found.get(0).iri());
        } else if (r.focus() != null && !r.focus().isBlank()) {
            focus = ModelView.uri(absoluteIri("focus", r.focus().strip()));
            if (!v.graph.contains(focus, ModelView.TYPE, Node.ANY)) {
                throw new BadPictureRequest(404, "The graph does not describe " + focus.getURI() + ".");
            }
        }
        Address here = new Address(v.links.to("explore"))
                .with("focus", focus == null ? null : focus.getURI())
                .with("depth", focus != null && depth != DEFAULT_DEPTH ? Integer.toString(depth) : null)
                .with("show", List.copyOf(shown));
        int total = shown.isEmpty() ? index.ordered.size()
                : (int) index.ordered.stream().filter(n -> shown.contains(index.group(n).key())).count();
        int page = Pager.page(r.page(), total, PAGE_SIZE);

        // The overview is the same for every request of a loaded graph: worked out once.
        Picture picture = focus == null ? PerGraph.get(v, "map-overview", () -> overview(v, index)) : around(v, index, focus, depth);
        Map<MapGroup, StrategyMap.Group> groups = groups(v, index, shown);
        List<StrategyMap.Section> around = List.of();
        if (focus != null) {
            Set<Node> members = new LinkedHashSet<>();
            for (Drawn d : picture.nodes.values()) if (!d.isAggregate()) members.add(d.node());
            around = sections(v, index, groups, new ArrayList<>(members), focus, picture);
        }
        List<Node> pageNodes = index.ordered.stream().filter(n -> shown.isEmpty() || shown.contains(index.group(n).key()))
                .skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
        Pager pager = Pager.of(page, total, PAGE_SIZE, p -> here.and("page", p == 1 ? null : Integer.toString(p)) + "#as-a-list");
        int aggregated = (int) picture.nodes.values().stream().filter(Drawn::isAggregate).count();
        return new StrategyMap(frame, null, List.copyOf(groups.values()), focus == null ? null : v.named(focus), find, depth, DEPTHS,
                summary(v, index, picture, focus, depth), picture.nodes.size(), aggregated, around,
                sections(v, index, groups, pageNodes, focus, null), pager,
                json(v, index, picture, focus, depth), v.links.to("explore"));
    }

    /** The overview with a problem to report. */
    StrategyMap withProblem(ModelView v, PageFrame frame, String problem) {
        try {
            StrategyMap m = build(v, frame, new Request(null, null, List.of(), null, null));
            return new StrategyMap(m.frame(), problem, m.groups(), null, "", m.depth(), m.depths(), m.summary(), m.drawn(),
                    m.aggregated(), m.around(), m.list(), m.pager(), m.json(), m.wholeMap());
        } catch (BadPictureRequest e) {
            throw new IllegalStateException("the plain map has no parameters to refuse", e);
        }
    }

    /** The strategies, objectives and priorities, linked; a class beyond {@link #OVERVIEW_LIMIT} is drawn as one counting node. */
    private static Picture overview(ModelView v, MapIndex index) {
        Picture p = new Picture();
        List<MapGroup> classes = MapGroup.ALL.stream().filter(g -> OVERVIEW.contains(g.key())).toList();
        for (int i = 0; i < classes.size(); i++) {
            MapGroup g = classes.get(i);
            List<Node> members = index.ordered.stream().filter(n -> index.group(n) == g).toList();
            // Room is kept for a counting node of each class still to come.
            int room = OVERVIEW_LIMIT - p.nodes.size() - (classes.size() - 1 - i);
            if (members.size() > room) {
                if (!members.isEmpty()) p.nodes.put(aggregateId(null, g), new Drawn(aggregateId(null, g), g, null, members.size()));
                continue;
            }
            for (Node n : members) p.nodes.put(n, new Drawn(n, g, null, 0));
        }
        // Links among the drawn nodes only: asked pair by pair, not by reading every link of a priority.
        List<Node> drawn = p.nodes.values().stream().filter(d -> !d.isAggregate()).map(Drawn::node).toList();
        for (Node a : drawn) {
            for (Node b : drawn) {
                for (Node prop : index.properties) if (!a.equals(b) && v.graph.contains(a, prop, b)) p.edges.add(new Edge(a, prop, b));
            }
        }
        return p;
    }

    /** The focus and what lies within {@code depth} links of it, classes beyond the limit counted, at most {@link #DRAWN_LIMIT} nodes. */
    private static Picture around(ModelView v, MapIndex index, Node focus, int depth) {
        Picture p = new Picture();
        p.nodes.put(focus, new Drawn(focus, index.group(focus), null, 0));
        Map<Node, Integer> distance = new LinkedHashMap<>();
        distance.put(focus, 0);
        Deque<Node> todo = new ArrayDeque<>(List.of(focus));
        while (!todo.isEmpty() && !p.full) {
            Node n = todo.poll();
            int d = distance.get(n);
            if (d == depth) continue;
            for (Node m : open(v, index, n, p)) {
                if (distance.putIfAbsent(m, d + 1) == null) todo.add(m);
            }
        }
        return p;
    }

    /**
     * Adds a node's neighbours to the picture, a class beyond {@link #GROUP_LIMIT} as one counting node;
     * returns the resources added.
     */
    private static List<Node> open(ModelView v, MapIndex index, Node n, Picture p) {
        Map<MapGroup, List<MapIndex.Link>> byGroup = new TreeMap<>(Comparator.comparingInt(MapGroup.ALL::indexOf));
        List<MapIndex.Link> links = index.links(v, n);
        // A resource outside the structure (a person, a passage) brings its own links.
        if (links.isEmpty()) links = index.anyLinks(v, n);
        for (MapIndex.Link l : links) byGroup.computeIfAbsent(index.group(l.other(n)), k -> new ArrayList<>()).add(l);
        List<Node> added = new ArrayList<>();
        for (Map.Entry<MapGroup, List<MapIndex.Link>> e : byGroup.entrySet()) {
            Set<Node> others = new LinkedHashSet<>();
            e.getValue().forEach(l -> others.add(l.other(n)));
            others.removeIf(o -> p.nodes.containsKey(o) && linkAll(p, e.getValue(), o));
            if (others.isEmpty()) continue;
            if (others.size() > GROUP_LIMIT || p.nodes.size() + others.size() > DRAWN_LIMIT) {
                if (p.nodes.size() >= DRAWN_LIMIT) {
                    p.full = true;
                    return added;
                }
                Node agg = aggregateId(n, e.getKey());
                p.nodes.put(agg, new Drawn(agg, e.getKey(), n, others.size()));
                p.edges.add(new Edge(n, null, agg));
                continue;
            }
            for (MapIndex.Link l : e.getValue()) {
                Node o = l.other(n);
                if (!p.nodes.containsKey(o)) {
                    p.nodes.put(o, new Drawn(o, e.getKey(), null, 0));
                    added.add(o);
                }
                p.edges.add(new Edge(l.source(), l.property(), l.target()));
            }
        }
        return added;
    }

    /** Draws the links to a node already drawn; true (so it is not added again). */
    private static boolean linkAll(Picture p, List<MapIndex.Link> links, Node o) {
        for (MapIndex.Link l : links) {
            if (l.source().equals(o) || l.target().equals(o)) p.edges.add(new Edge(l.source(), l.property(), l.target()));
        }
        return true;
    }

    private static Node aggregateId(Node of, MapGroup g) {
        return NodeFactory.createURI("urn:kg:map:" + g.key() + (of == null ? "" : ":" + of.getURI()));
    }

    /**
     * The JSON answer of {@code /explore/expand}: the neighbours of {@code node} (a class beyond the limit
     * as a counting node), or, with {@code kind}, the next {@link #GROUP_LIMIT} resources of that class
     * around {@code node} (around nothing: in the whole map) from {@code offset}.
     */
    String expand(ModelView v, String nodeParam, String kindParam, String offsetParam) throws BadPictureRequest {
        MapIndex index = MapIndex.of(v, linksQuery);
        Node node = nodeParam == null || nodeParam.isBlank() ? null : ModelView.uri(absoluteIri("node", nodeParam.strip()));
        if (node != null && !v.graph.contains(node, ModelView.TYPE, Node.ANY)) {
            throw new BadPictureRequest(404, "The graph does not describe " + node.getURI() + ".");
        }
        if (kindParam == null || kindParam.isBlank()) {
            if (node == null) throw new BadPictureRequest(400, "expand needs node (an IRI), or kind (a class of the map).");
            Picture p = new Picture();
            p.nodes.put(node, new Drawn(node, index.group(node), null, 0));
            open(v, index, node, p);
            p.nodes.remove(node);
            return json(v, index, p, node, 1);
        }
        MapGroup g = MapGroup.byKey(kindParam.strip()).filter(x -> x != MapGroup.OTHER)
                .orElseThrow(() -> new BadPictureRequest(400, "kind takes a class of the map, not '" + kindParam + "'."));
        int offset;
        try {
            offset = offsetParam == null || offsetParam.isBlank() ? 0 : Integer.parseInt(offsetParam.strip());
            if (offset < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            throw new BadPictureRequest(400, "offset must be a whole number from 0, not '" + offsetParam + "'.");
        }
        List<MapIndex.Link> links = new ArrayList<>();
        List<Node> members;
        if (node == null) {
            members = index.ordered.stream().filter(n -> index.group(n) == g).toList();
        } else {
            Set<Node> others = new LinkedHashSet<>();
            for (MapIndex.Link l : index.links(v, node)) {
                if (index.group(l.other(node)) == g) {
                    others.add(l.other(node));
                    links.add(l);
                }
            }
            members = List.copyOf(others);
        }
        List<Node> slice = members.stream().skip(offset).limit(GROUP_LIMIT).toList();
        Picture p = new Picture();
        for (Node n : slice) p.nodes.put(n, new Drawn(n, g, null, 0));
        for (MapIndex.Link l : links) if (p.nodes.containsKey(l.other(node))) p.edges.add(new Edge(l.source(), l.property(), l.target()));
        ObjectNode root = tree(v, index, p, node, 1);
        root.put("kind", g.key());
        root.put("offset", offset);
        root.put("total", members.size());
        root.put("remaining", Math.max(0, members.size() - offset - slice.size()));
        return write(root);
    }

    /** The JSON answer of {@code /explore/find}: the resources of the map named with the words, shortest names first. */
    String findJson(ModelView v, String q) throws BadPictureRequest {
        if (q == null || q.strip().length() < 2) throw new BadPictureRequest(400, "q must hold at least two characters.");
        MapIndex index = MapIndex.of(v, linksQuery);
        ArrayNode out = Json.array();
        for (Ref r : find(v, q.strip())) {
            ObjectNode o = out.addObject();
            o.put("id", r.iri());
            o.put("label", r.label());
            o.put("group", index.group(ModelView.uri(r.iri())).key());
            if (r.href() != null) o.put("href", r.href());
        }
        return write(out);
    }

    /** A resource of the map and its name in lower case, for finding by name. */
    private record Named(Node node, String name) {}

    /**
     * The resources of the map whose name holds the words, shortest names first. The names are read
     * once per loaded graph ({@code map-find.rq}) and searched here: a scan of a few thousand strings
     * where SPARQL would filter every label of the graph on each request.
     */
    private List<Ref> find(ModelView v, String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return names(v).stream().filter(n -> n.name().contains(w)).limit(FIND_LIMIT).map(n -> v.named(n.node())).toList();
    }

    private List<Named> names(ModelView v) {
        return PerGraph.get(v, "map-names", () -> {
            Map<Node, String> byNode = new java.util.LinkedHashMap<>();
            for (Map<String, Node> row : findQuery.select(v.ds)) {
                byNode.merge(row.get("resource"), row.get("label").getLiteralLexicalForm().toLowerCase(Locale.ROOT),
                        (a, b) -> a.length() <= b.length() ? a : b);
            }
            return byNode.entrySet().stream().map(e -> new Named(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt((Named n) -> n.name().length()).thenComparing(Named::name)
                            .thenComparing(n -> n.node().getURI()))
                    .toList();
        });
    }

    /** Works out what every map page reads of the whole graph (the index, the overview, the names), for {@link PicturesWarmUp}. */
    void warm(ModelView v) {
        MapIndex index = MapIndex.of(v, linksQuery);
        PerGraph.get(v, "map-overview", () -> overview(v, index));
        names(v);
    }

    private static String summary(ModelView v, MapIndex index, Picture p, Node focus, int depth) {
        Map<MapGroup, Integer> drawn = new TreeMap<>(Comparator.comparingInt(MapGroup.ALL::indexOf));
        Map<MapGroup, Integer> counted = new TreeMap<>(Comparator.comparingInt(MapGroup.ALL::indexOf));
        for (Drawn d : p.nodes.values()) {
            if (d.isAggregate()) counted.merge(d.group(), d.count(), Integer::sum);
            else drawn.merge(d.group(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        drawn.forEach((g, n) -> parts.add(n + " " + plural(v, g, n)));
        StringBuilder s = new StringBuilder();
        if (focus == null) {
            s.append("The overview draws ").append(join(parts)).append(" of the ").append(Numbers.format(new java.math.BigDecimal(index.ordered.size())))
                    .append(" resources of the map, each with a count of the actions, instruments, legal acts and milestones below it.");
        } else {
            s.append("The map draws ").append(v.named(focus).label()).append(" and what lies within ").append(depth)
                    .append(depth == 1 ? " link" : " links").append(" of it: ").append(join(parts)).append('.');
        }
        if (!counted.isEmpty()) {
            List<String> c = new ArrayList<>();
            counted.forEach((g, n) -> c.add(Numbers.format(new java.math.BigDecimal(n)) + " " + plural(v, g, n)));
            s.append(" Drawn as counting nodes, to open a few at a time: ").append(join(c)).append('.');
        }
        if (p.full) s.append(" The picture stops at ").append(DRAWN_LIMIT).append(" nodes; the list below is complete.");
        return s.toString();
    }

    private static String plural(ModelView v, MapGroup g, int n) {
        String label = g == MapGroup.OTHER ? "other resource" : v.labels.of(v.term(g.key())).toLowerCase(Locale.ROOT);
        if (n == 1) return label;
        if (label.endsWith("y") && !label.endsWith("ey")) return label.substring(0, label.length() - 1) + "ies";
        return label + "s";
    }

    private static String join(List<String> parts) {
        if (parts.isEmpty()) return "nothing";
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
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
        Set<String> shown = new TreeSet<>(Comparator.comparingInt((String k) -> MapGroup.ALL.indexOf(MapGroup.byKey(k).orElseThrow())));
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

    private static String absoluteIri(String param, String s) throws BadPictureRequest {
        try {
            URI uri = new URI(s);
            if (uri.isAbsolute()) return s;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new BadPictureRequest(400, param + " must be the full IRI of a resource, not '" + s + "'.");
    }

    private static Map<MapGroup, StrategyMap.Group> groups(ModelView v, MapIndex index, Set<String> shown) {
        Map<MapGroup, StrategyMap.Group> groups = new LinkedHashMap<>();
        for (MapGroup g : MapGroup.ALL) {
            int count = index.counts.getOrDefault(g, 0);
            groups.put(g, new StrategyMap.Group(g.key(), groupLabel(v, g), g.colour(), g.shape(), count,
                    shown.isEmpty() || shown.contains(g.key())));
        }
        return groups;
    }

    private static String groupLabel(ModelView v, MapGroup g) {
        return g == MapGroup.OTHER ? "Other" : v.labels.of(v.term(g.key()));
    }

    /** The resources by class (list order kept), each with its outgoing links; within a picture, only the links drawn. */
    private static List<StrategyMap.Section> sections(ModelView v, MapIndex index, Map<MapGroup, StrategyMap.Group> groups,
                                                      List<Node> nodes, Node focus, Picture within) {
        List<StrategyMap.Section> out = new ArrayList<>();
        Map<Node, String> propertyLabels = new java.util.HashMap<>();
        for (Map.Entry<MapGroup, StrategyMap.Group> g : groups.entrySet()) {
            List<Node> members = nodes.stream().filter(n -> index.group(n) == g.getKey()).toList();
            if (within != null) members = members.stream().sorted(v.byLabel()).toList();
            if (members.isEmpty()) continue;
            List<StrategyMap.Entry> entries = new ArrayList<>();
            for (Node n : members) {
                Map<String, List<Node>> byProperty = new TreeMap<>();
                for (MapIndex.Link l : index.outgoing(v, n)) {
                    if (within != null && !within.nodes.containsKey(l.target())) continue;
                    byProperty.computeIfAbsent(propertyLabels.computeIfAbsent(l.property(), v.labels::of), k -> new ArrayList<>()).add(l.target());
                }
                List<StrategyMap.Links> links = new ArrayList<>();
                byProperty.forEach((p, targets) -> links.add(new StrategyMap.Links(p,
                        targets.stream().limit(TARGETS_SHOWN).map(v::named).toList(), Math.max(0, targets.size() - TARGETS_SHOWN))));
                entries.add(new StrategyMap.Entry(v.named(n), n.equals(focus), links));
            }
            out.add(new StrategyMap.Section(g.getValue(), entries));
        }
        return out;
    }

    private static String json(ModelView v, MapIndex index, Picture p, Node focus, int depth) {
        return PageFrame.scriptSafe(write(tree(v, index, p, focus, depth)));
    }

    private static ObjectNode tree(ModelView v, MapIndex index, Picture p, Node focus, int depth) {
        ObjectNode root = Json.object();
        ArrayNode gs = root.putArray("groups");
        for (MapGroup g : MapGroup.ALL) {
            ObjectNode o = gs.addObject();
            o.put("key", g.key());
            o.put("label", groupLabel(v, g));
            o.put("plural", plural(v, g, 2));
            o.put("colour", g.colour());
            o.put("shape", g.shape());
        }
        ArrayNode ns = root.putArray("nodes");
        for (Drawn d : p.nodes.values()) {
            ObjectNode o = ns.addObject();
            o.put("id", d.node().getURI());
            o.put("group", d.group().key());
            if (d.isAggregate()) {
                o.put("label", Numbers.format(new java.math.BigDecimal(d.count())) + " " + plural(v, d.group(), d.count()));
                o.put("count", d.count());
                if (d.of() != null) o.put("of", d.of().getURI());
                continue;
            }
            Ref r = v.named(d.node());
            o.put("label", r.label());
            if (r.href() != null) o.put("href", r.href());
            Map<MapGroup, Integer> below = index.below.get(d.node());
            if (below != null) {
                ArrayNode b = o.putArray("below");
                below.forEach((g, n) -> b.add(Numbers.format(new java.math.BigDecimal(n)) + " " + plural(v, g, n)));
            }
        }
        ArrayNode es = root.putArray("edges");
        for (Edge e : p.edges) {
            ObjectNode o = es.addObject();
            o.put("source", e.source().getURI());
            o.put("target", e.target().getURI());
            o.put("label", e.property() == null ? "" : v.labels.of(e.property()));
        }
        if (focus != null) root.put("focus", focus.getURI());
        root.put("depth", depth);
        root.put("groupLimit", GROUP_LIMIT);
        return root;
    }

    private static String write(Object tree) {
        try {
            return Json.COMPACT.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
