package eu.migrationkg.serve.ld;

import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The home page: what the graph holds (counts by class), where to start (each strategy with its
 * objectives and priorities, the instruments, the documents) and the ways in for researchers.
 */
public record HomePage(
        PageFrame frame,
        long triples,
        List<ClassCount> classes,
        List<StrategyEntry> strategies,
        List<Ref> instruments,
        List<DocumentEntry> documents) {

    /** A class of the ontology with the number of resources typed with it. */
    public record ClassCount(Ref type, long count, String listHref) {}

    /** An item in an ordered list: its number in the source ("Priority 3"), when it has one. */
    public record Numbered(String number, Ref item) {}

    public record StrategyEntry(Ref strategy, String issued, List<Numbered> objectives, List<Numbered> priorities) {}

    public record DocumentEntry(Ref document, String issued) {}

    static HomePage build(KnowledgeStore store, PageFrame frame) {
        DatasetGraph ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            var assembled = store.assembled();
            GraphView v = new GraphView(ds.getDefaultGraph(), assembled.prefixes(), frame.links(), assembled.iris());
            return new HomePage(frame, ds.getDefaultGraph().size(), classCounts(v), strategies(v),
                    v.instancesOf(v.term("Instrument")).stream().map(v::ref).toList(), documents(v));
        });
    }

    /** Every class of the ontology that has members, counting the members of its subclasses too. */
    private static List<ClassCount> classCounts(GraphView v) {
        String ns = v.iris.ontologyNamespace();
        Set<Node> classes = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        v.graph.find(Node.ANY, GraphView.TYPE, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!c.isURI() || !c.getURI().startsWith(ns) || !classes.add(c)) continue;
            v.graph.find(c, GraphView.SUBCLASS, Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        }
        Map<Node, Long> counts = new HashMap<>();
        for (Node c : classes) {
            long n = v.instancesOf(c).size();
            if (n > 0) counts.put(c, n);
        }
        List<ClassCount> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Node, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(v.byLabel())))
                .forEach(e -> out.add(new ClassCount(v.ref(e.getKey()), e.getValue(),
                        v.links.sparql(listQuery(e.getKey())))));
        return out;
    }

    /** A query listing the members of a class and its subclasses with their labels, for the endpoint or the editor. */
    static String listQuery(Node type) {
        return "PREFIX rdfs: <" + Vocab.RDFS + ">\nPREFIX skos: <" + Vocab.SKOS + ">\nPREFIX dct: <" + Vocab.DCT + ">\n"
                + "SELECT DISTINCT ?resource ?label WHERE {\n  ?resource a/rdfs:subClassOf* <" + type.getURI() + "> .\n"
                + "  OPTIONAL { ?resource skos:prefLabel|rdfs:label|dct:title ?label }\n} ORDER BY ?label ?resource\n";
    }

    private static List<StrategyEntry> strategies(GraphView v) {
        Node order = v.term("order");
        List<StrategyEntry> out = new ArrayList<>();
        for (Node s : v.instancesOf(v.term("Strategy"))) {
            List<Numbered> objectives = numbered(v, v.orderedObjects(s, v.term("hasObjective"), order), order);
            Node number = v.term("priorityNumber");
            List<Numbered> priorities = numbered(v, v.orderedObjects(s, v.term("hasPriority"), number), number);
            String issued = v.literal(s, GraphView.uri(Vocab.DCT + "issued")).map(Node::getLiteralLexicalForm).orElse(null);
            out.add(new StrategyEntry(v.ref(s), issued, objectives, priorities));
        }
        // The strategy the sources say most about leads; a strategy only mentioned in passing follows.
        out.sort(Comparator.comparingInt((StrategyEntry e) -> -(e.objectives().size() + e.priorities().size()))
                .thenComparing(e -> e.issued() == null ? "" : e.issued(), Comparator.reverseOrder())
                .thenComparing(e -> e.strategy().label()));
        return out;
    }

    private static List<Numbered> numbered(GraphView v, List<Node> items, Node numberProperty) {
        return items.stream()
                .map(i -> new Numbered(v.number(i, numberProperty).map(n -> n.stripTrailingZeros().toPlainString())
                        .orElse(null), v.ref(i)))
                .toList();
    }

    /** The documents whose text was read: those that passages quote (a proposal the graph only cites is not one). */
    private static List<DocumentEntry> documents(GraphView v) {
        Node issued = GraphView.uri(Vocab.DCT + "issued");
        Node hasSource = GraphView.uri(Vocab.OA + "hasSource");
        return v.instancesOf(v.term("Document")).stream()
                .filter(d -> v.graph.contains(Node.ANY, hasSource, d))
                .map(d -> new DocumentEntry(v.ref(d), v.literal(d, issued).map(Node::getLiteralLexicalForm).orElse("")))
                .sorted(Comparator.comparing(DocumentEntry::issued).reversed()
                        .thenComparing(e -> e.document().label()))
                .toList();
    }
}
