package eu.migrationkg.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts over the dataset, as VoID and the service description state them. Everything counts the
 * default graph (the union) except {@link #namedGraphs}, the size of each named graph.
 *
 * @param entities resources whose IRI starts with {@code uriSpace}
 * @param classes  for each class used with rdf:type, how many distinct resources have it
 * @param properties for each predicate, how many triples use it
 */
public record DatasetStatistics(
        long triples,
        long distinctSubjects,
        long distinctObjects,
        long entities,
        Map<Node, Long> classes,
        Map<Node, Long> properties,
        Map<Node, Long> namedGraphs) {

    public static DatasetStatistics of(DatasetGraph dsg, String uriSpace) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> subjects = new HashSet<>();
            Set<Node> objects = new HashSet<>();
            Map<Node, Set<Node>> instances = new TreeMap<>(DatasetStatistics::compare);
            Map<Node, Long> properties = new TreeMap<>(DatasetStatistics::compare);
            long[] triples = {0};
            dsg.getDefaultGraph().find().forEachRemaining(t -> {
                triples[0]++;
                subjects.add(t.getSubject());
                objects.add(t.getObject());
                properties.merge(t.getPredicate(), 1L, Long::sum);
                if (t.getPredicate().equals(RDF.type.asNode())) {
                    instances.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
                }
            });
            Map<Node, Long> classes = new TreeMap<>(DatasetStatistics::compare);
            instances.forEach((c, members) -> classes.put(c, (long) members.size()));
            Map<Node, Long> graphs = new TreeMap<>(DatasetStatistics::compare);
            dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g, (long) dsg.getGraph(g).size()));
            long entities = subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(uriSpace)).count();
            return new DatasetStatistics(triples[0], subjects.size(), objects.size(), entities,
                    classes, properties, graphs);
        });
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
