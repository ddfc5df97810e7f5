package eu.migrationkg.queries;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * One parameter of a saved query: the variable it replaces, its type, whether it must be given, its
 * default and the values it is limited to. Defaults and allowed values are checked when the query
 * is loaded, so a request can only fail on its own values.
 */
public record QueryParameter(
        String name,
        Var variable,
        boolean required,
        ParameterType type,
        Optional<Allowed> defaultValue,
        List<Allowed> allowedValues,
        String description) {

    /** A value as written in the query file and the RDF term it stands for. */
    public record Allowed(String text, Node node) {}

    public QueryParameter {
        allowedValues = List.copyOf(allowedValues);
    }

    /** A request must give a value: the parameter is required and has no default. */
    public boolean mandatory() {
        return required && defaultValue.isEmpty();
    }

    /**
     * The term to bind for a value from a request, the default when the value is absent or empty, or
     * empty when an optional parameter is left out.
     */
    public Optional<Node> resolve(String value, PrefixMapping prefixes) throws ParameterException {
        if (value == null || value.isEmpty()) {
            if (defaultValue.isPresent()) return Optional.of(defaultValue.get().node());
            if (required) throw new ParameterException(name, "is required: give " + type.hint());
            return Optional.empty();
        }
        Node node;
        try {
            node = type.toNode(value, prefixes);
        } catch (ParameterType.InvalidValueException e) {
            throw new ParameterException(name, "'" + abbreviate(value) + "' " + e.getMessage());
        }
        if (!allowedValues.isEmpty() && allowedValues.stream().noneMatch(a -> a.node().equals(node))) {
            throw new ParameterException(name, "'" + abbreviate(value) + "' is not one of the allowed values: "
                    + String.join(", ", allowedValues.stream().map(Allowed::text).toList()));
        }
        return Optional.of(node);
    }

    /** How the term is written in SPARQL, for documentation. */
    public static String sparql(Node node, PrefixMapping prefixes) {
        return FmtUtils.stringForNode(node, prefixes);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
