package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Disagreement as data: observations of one thing and property as of the same date that give different
 * values (two sources, or two passages of one). Both are kept in the graph; this finds them for the
 * validation report.
 */
public final class Conflicts {

    private static final Node TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node SUBJECT = NodeFactory.createURI(Vocab.RDF + "subject");
    private static final Node PREDICATE = NodeFactory.createURI(Vocab.RDF + "predicate");
    private static final Node OBJECT = NodeFactory.createURI(Vocab.RDF + "object");

    /** One observation taking part in a conflict, with the passage (graph) stating it. */
    public record Side(Node observation, Node value, Node passage) {}

    /** Values of {@code property} of {@code thing} as of {@code asOf} that differ. */
    public record Conflict(Node thing, Node property, String asOf, List<Side> sides) {}

    private Conflicts() {}

    public static List<Conflict> find(DatasetGraph dataset, Iris iris) {
        Node observationClass = iris.term("Observation");
        Node asOfProperty = iris.term("asOf");
        Map<String, List<Object[]>> groups = new TreeMap<>();
        String passages = iris.resourcePrefix() + "passage/";
        dataset.find(Node.ANY, Node.ANY, TYPE, observationClass).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!g.isURI() || !g.getURI().startsWith(passages)) return;
            Node obs = q.getSubject();
            Node thing = one(dataset, g, obs, SUBJECT);
            Node property = one(dataset, g, obs, PREDICATE);
            Node value = one(dataset, g, obs, OBJECT);
            Node asOf = one(dataset, g, obs, asOfProperty);
            if (thing == null || property == null || value == null || asOf == null) return;
            String key = thing + "\n" + property + "\n" + asOf.getLiteralLexicalForm();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Object[] {thing, property,
                    asOf.getLiteralLexicalForm(), new Side(obs, value, g)});
        });
        List<Conflict> out = new ArrayList<>();
        groups.values().forEach(group -> {
            long values = group.stream().map(o -> ((Side) o[3]).value()).distinct().count();
            if (values < 2) return;
            List<Side> sides = group.stream().map(o -> (Side) o[3])
                    .sorted(Comparator.comparing((Side s) -> s.passage().getURI()).thenComparing(s -> s.value().toString()))
                    .toList();
            Object[] first = group.get(0);
            out.add(new Conflict((Node) first[0], (Node) first[1], (String) first[2], sides));
        });
        return out;
    }

    private static Node one(DatasetGraph dataset, Node g, Node s, Node p) {
        return dataset.getGraph(g).find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }
}
