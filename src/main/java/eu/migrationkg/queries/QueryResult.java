package eu.migrationkg.queries;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The answer to a bound query, held in memory so it can be written in any format after the read. */
public sealed interface QueryResult {

    /** Rows of a SELECT; {@code more} when rows follow the page. */
    record Rows(List<Var> vars, List<Binding> rows, boolean more) implements QueryResult {
        public Rows {
            vars = List.copyOf(vars);
            rows = List.copyOf(rows);
        }
    }

    /** The graph of a CONSTRUCT or DESCRIBE. */
    record Triples(Graph graph) implements QueryResult {}

    /** The answer of an ASK. */
    record Answer(boolean value) implements QueryResult {}
}
