package eu.migrationkg.queries;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * A saved query with its parameter values in place. The values were substituted as RDF terms into
 * the parsed query, so whatever they contain they cannot change its structure.
 *
 * @param values the term bound to each parameter that has one, by parameter name
 */
public record BoundQuery(SavedQuery saved, Query query, Map<String, Node> values) {

    /** The query as SPARQL text, for a remote endpoint or to show a person. */
    public String sparql() {
        return query.serialize();
    }
}
