package eu.migrationkg.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import eu.migrationkg.vocab.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * @param links    links from our resources to other datasets' (owl:sameAs, skos:exactMatch,
 *                 skos:closeMatch), counted by predicate and by the other dataset's IRI space
 */
public record DatasetStatistics(
        long triples,
        long distinctSubjects,
        long distinctObjects,
        long entities,
        Map<Node, Long> classes,
        Map<Node, Long> properties,
        Map<Node, Long> namedGraphs,
        Map<Link, Long> links) {

    /** Links to another dataset: what links, and the start every IRI of that dataset shares. */
    public record Link(Node predicate, String uriSpace) implements Comparable<Link> {
        @Override
        public int compareTo(Link o) {
            int c = predicate.getURI().compareTo(o.predicate.getURI());
            return c != 0 ? c : uriSpace.compareTo(o.uriSpace);
        }
    }

    /** The predicates that say two IRIs name the same (or nearly the same) thing. */
    public static final Set<Node> LINK_PREDICATES = Set.of(
            NodeFactory.createURI(Vocab.OWL + "sameAs"),
            NodeFactory.createURI(Vocab.SKOS + "exactMatch"),
            NodeFactory.createURI(Vocab.SKOS + "closeMatch"));

    /**
     * Counts the dataset. {@code uriSpace} is where our own resources live ({@code {base}id/});
     * {@code base} tells our IRIs from other datasets' for the links.
     */
    public static DatasetStatistics of(DatasetGraph dsg, String base, String uriSpace) {
        return Txn.calculateRead(dsg, () -> {
            Set<Node> subjects = new HashSet<>();
            Set<Node> objects = new HashSet<>();
            Map<Node, Set<Node>> instances = new TreeMap<>(DatasetStatistics::compare);
            Map<Node, Long> properties = new TreeMap<>(DatasetStatistics::compare);
            Map<Link, Long> links = new TreeMap<>();
            long[] triples = {0};
            dsg.getDefaultGraph().find().forEachRemaining(t -> {
                triples[0]++;
                if (LINK_PREDICATES.contains(t.getPredicate()) && t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(base) && t.getObject().isURI()
                        && !t.getObject().getURI().startsWith(base)) {
                    links.merge(new Link(t.getPredicate(), uriSpace(t.getObject().getURI())), 1L, Long::sum);
                }
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
                    classes, properties, graphs, links);
        });
    }

    /**
     * The IRI space of another dataset, as far as an IRI shows it: scheme, host and first path segment
     * ({@code http://www.wikidata.org/entity/}, {@code http://data.europa.eu/eli/}).
     */
    static String uriSpace(String iri) {
        int host = iri.indexOf("://");
        if (host < 0) return iri;
        int path = iri.indexOf('/', host + 3);
        if (path < 0) return iri + "/";
        int segment = iri.indexOf('/', path + 1);
        return segment < 0 ? iri.substring(0, path + 1) : iri.substring(0, segment + 1);
    }

    private static int compare(Node a, Node b) {
        return a.toString().compareTo(b.toString());
    }
}
