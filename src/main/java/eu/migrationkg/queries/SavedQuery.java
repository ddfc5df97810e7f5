package eu.migrationkg.queries;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query file of {@code queries/}, parsed once when the registry is loaded: its decorators, its
 * parameters and the parsed SPARQL that every request binds values into.
 *
 * @param id the file name without {@code .rq}; the query's name in URLs and on the command line
 * @param text the file as written, decorators included
 * @param template the parsed query, relative IRIs resolved against the base
 * @param base the base the query's relative IRIs were resolved against
 */
public record SavedQuery(
        String id,
        Path file,
        String text,
        String base,
        Query template,
        String summary,
        String description,
        List<String> tags,
        List<QueryParameter> parameters,
        OptionalInt pagination,
        ResultView view) {

    public SavedQuery {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
    }

    /** {@code SELECT}, {@code CONSTRUCT}, {@code ASK} or {@code DESCRIBE}. */
    public String form() {
        return template.queryType().name();
    }

    /** True for queries whose result is a graph (CONSTRUCT, DESCRIBE), false for a table or a boolean. */
    public boolean returnsGraph() {
        return template.isConstructType() || template.isDescribeType();
    }

    /** The columns of a SELECT query, in order; empty for other forms. */
    public List<String> columns() {
        return template.isSelectType() ? List.copyOf(template.getResultVars()) : List.of();
    }

    public PrefixMapping prefixes() {
        return template.getPrefixMapping();
    }

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The SPARQL as written, without the decorator lines, after a {@code BASE} line: readable, and
     * meaning the same in any SPARQL editor or endpoint.
     */
    public String sparqlText() {
        String body = text.lines().filter(l -> !l.startsWith(DecoratorBlock.MARK))
                .collect(Collectors.joining("\n"));
        return "BASE <" + base + ">\n" + body.strip() + "\n";
    }

    /**
     * Binds values given by name (absent or empty: the default, or unbound for an optional parameter).
     *
     * @throws ParameterException for an unknown name, a missing required value or a value that does
     *     not fit its type or allowed values
     */
    public BoundQuery bind(Map<String, String> values) throws ParameterException {
        for (String name : values.keySet()) {
            if (parameter(name).isEmpty()) {
                throw new ParameterException(name, "is not a parameter of query '" + id + "' ("
                        + (parameters.isEmpty() ? "it takes none"
                                : "it takes: " + String.join(", ", parameters.stream().map(QueryParameter::name).toList()))
                        + ")");
            }
        }
        Map<Var, Node> substitution = new HashMap<>();
        Map<String, Node> bound = new LinkedHashMap<>();
        for (QueryParameter p : parameters) {
            Optional<Node> node = p.resolve(values.get(p.name()), prefixes());
            if (node.isPresent()) {
                substitution.put(p.variable(), node.get());
                bound.put(p.name(), node.get());
            }
        }
        Query query = substitution.isEmpty() ? template : QueryTransformOps.replaceVars(template, substitution);
        return new BoundQuery(this, query, java.util.Collections.unmodifiableMap(bound));
    }
}
