package eu.migrationkg.serve.ld;

import eu.migrationkg.graph.Entailments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Which statements a page folds into a more specific one: {@code x dct:hasPart y} next to
 * {@code x mig:hasAction y} says nothing new when the ontology makes {@code mig:hasAction} an
 * {@code rdfs:subPropertyOf} of {@code dct:hasPart} (the graph serves the entailment on purpose, so
 * the RDF formats keep it). The broader property is named beside the specific one instead.
 */
final class PropertyFolding {

    private final Map<Node, Set<Node>> broader;

    PropertyFolding(Graph graph) {
        this.broader = Entailments.superProperties(graph);
    }

    /** Every property above {@code p} by rdfs:subPropertyOf in the graph, transitively; not {@code p} itself. */
    Set<Node> broaderThan(Node p) {
        return broader.getOrDefault(p, Set.of());
    }

    /** True when {@code broad} is strictly above {@code narrow} (not merely an equivalent of it). */
    boolean strictlyBroader(Node broad, Node narrow) {
        return !broad.equals(narrow) && broaderThan(narrow).contains(broad) && !broaderThan(broad).contains(narrow);
    }

    /**
     * For statements that share a subject: the ones a page shows, each with the broader properties
     * whose statement with the same object it stands for. A statement is folded when another of the
     * same subject and object has a property strictly below its own.
     */
    Map<Triple, List<Node>> fold(Collection<Triple> statements) {
        Map<Link, List<Node>> propertiesByObject = new HashMap<>();
        for (Triple t : statements) {
            propertiesByObject.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t.getPredicate());
        }
        Map<Triple, List<Node>> shown = new LinkedHashMap<>();
        for (Triple t : statements) {
            List<Node> sameObject = propertiesByObject.get(key(t));
            boolean folded = sameObject.stream().anyMatch(q -> strictlyBroader(t.getPredicate(), q));
            if (folded) continue;
            shown.put(t, sameObject.stream().filter(q -> strictlyBroader(q, t.getPredicate())).distinct().toList());
        }
        return shown;
    }

    /** What two statements must share to say the same: subject and object. */
    private record Link(Node subject, Node object) {}

    private static Link key(Triple t) {
        return new Link(t.getSubject(), t.getObject());
    }
}
