package eu.migrationkg.queries;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QuerySyntaxSubstituteScope;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Turns the text of one query file into a {@link SavedQuery}, or a {@link QueryFileException} naming
 * the line at fault. Everything a request could trip over later (a default that does not fit its
 * type, a chart on a column the query does not return) is refused here.
 */
final class QueryFileParser {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** grlc's naming: {@code ?_name} required, {@code ?__name} optional, then an optional type. */
    private static final Pattern PARAMETER =
            Pattern.compile("(__?)([A-Za-z0-9]+)(?:_([A-Za-z0-9]+))?(?:_([A-Za-z0-9]+))?");
    /** Request parameters of the API itself, which a query parameter must not shadow. */
    static final Set<String> RESERVED = Set.of("limit", "offset", "format", "page");
    static final List<String> KEYS = List.of("summary", "description", "tags", "defaults", "enumerate",
            "params", "pagination", "view", "method");

    private final String base;

    QueryFileParser(String base) {
        this.base = base;
    }

    SavedQuery parse(String id, Path file, String text) throws QueryFileException {
        if (!ID.matcher(id).matches()) {
            throw new QueryFileException(0, "the file name '" + id + ".rq' must be lower-case letters, digits and "
                    + "hyphens, starting with a letter or digit: it becomes the query's URL");
        }
        DecoratorBlock deco = DecoratorBlock.read(text);
        Query query = parseSparql(text);
        for (var it = deco.root().fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new QueryFileException(deco.line("/" + key), "unknown decorator '" + key + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
        }
        String method = deco.text("method").orElse("GET");
        if (!method.equalsIgnoreCase("GET")) {
            throw new QueryFileException(deco.line("/method"), "method is '" + method
                    + "'; saved queries are read-only and answered to GET");
        }
        List<QueryParameter> parameters = parameters(query, text, deco);
        return new SavedQuery(id, file, text, base, query,
                deco.text("summary").orElse(id.replace('-', ' ')),
                deco.text("description").orElse(""),
                deco.strings("tags"),
                parameters,
                pagination(deco),
                ResultView.read(deco, query));
    }

    private Query parseSparql(String text) throws QueryFileException {
        try {
            Query query = QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
            // Every IRI is resolved now; without a base the query serialises with absolute IRIs, which
            // is what a remote endpoint with another base must receive.
            query.setBaseURI((String) null);
            return query;
        } catch (QueryParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            // The exception's own line is that of the last good token; the message names the bad one.
            Matcher at = Pattern.compile("at line (\\d+)").matcher(msg);
            int line = at.find() ? Integer.parseInt(at.group(1)) : Math.max(0, e.getLine());
            throw new QueryFileException(line, "SPARQL syntax error: " + msg);
        } catch (QueryException e) {
            throw new QueryFileException(0, "not a SPARQL query: " + e.getMessage());
        }
    }

    private List<QueryParameter> parameters(Query query, String text, DecoratorBlock deco) throws QueryFileException {
        Map<String, Set<String>> named = Map.of(
                "defaults", deco.namedValues("defaults", false),
                "enumerate", deco.namedValues("enumerate", true),
                "params", deco.fieldNames("params"));
        Map<String, QueryParameter> byName = new LinkedHashMap<>();
        List<Var> vars = new ArrayList<>(mentionedVariables(query));
        vars.sort(Comparator.comparingInt(v -> firstMention(text, v)));
        for (Var v : vars) {
            if (!v.getVarName().startsWith("_")) continue;
            Matcher m = PARAMETER.matcher(v.getVarName());
            int line = lineOf(text, firstMention(text, v));
            if (!m.matches()) {
                throw new QueryFileException(line, "?" + v.getVarName() + " starts with '_' but is not a parameter "
                        + "name such as ?_name, ?__name (optional), ?_name_iri or ?_name_xsd_date");
            }
            String name = m.group(2);
            if (RESERVED.contains(name)) {
                throw new QueryFileException(line, "parameter name '" + name + "' is reserved by the API (reserved: "
                        + String.join(", ", RESERVED.stream().sorted().toList()) + ")");
            }
            if (byName.containsKey(name)) {
                throw new QueryFileException(line, "?" + v.getVarName() + " and ?" + byName.get(name).variable().getVarName()
                        + " are both parameter '" + name + "'");
            }
            ParameterType type;
            try {
                type = ParameterType.fromName(m.group(3), m.group(4), query.getPrefixMapping());
            } catch (IllegalArgumentException e) {
                throw new QueryFileException(line, "?" + v.getVarName() + ": " + e.getMessage());
            }
            byName.put(name, build(name, v, m.group(1).length() == 1, type, query, deco));
        }
        for (String key : List.of("defaults", "enumerate", "params")) {
            for (String name : named.get(key)) {
                if (!byName.containsKey(name)) {
                    throw new QueryFileException(deco.line("/" + key), "'" + key + "' names '" + name
                            + "', which is not a parameter of the query" + (byName.isEmpty() ? " (it has none)"
                            : " (parameters: " + String.join(", ", byName.keySet()) + ")"));
                }
            }
        }
        Set<Var> paramVars = new HashSet<>();
        byName.values().forEach(p -> paramVars.add(p.variable()));
        try {
            QuerySyntaxSubstituteScope.scopeCheck(query, paramVars);
        } catch (RuntimeException e) {
            throw new QueryFileException(0, "a parameter variable cannot take a value here: " + e.getMessage()
                    + " (a parameter must not be assigned with AS or listed in VALUES)");
        }
        return List.copyOf(byName.values());
    }

    private QueryParameter build(String name, Var v, boolean required, ParameterType type, Query query,
                                 DecoratorBlock deco) throws QueryFileException {
        List<QueryParameter.Allowed> allowed = new ArrayList<>();
        for (DecoratorBlock.Located value : deco.located("enumerate", name)) {
            allowed.add(new QueryParameter.Allowed(value.text(), term(type, value, query, name)));
        }
        Optional<QueryParameter.Allowed> defaultValue = Optional.empty();
        List<DecoratorBlock.Located> defaults = deco.located("defaults", name);
        if (!defaults.isEmpty()) {
            DecoratorBlock.Located d = defaults.get(0);
            if (defaults.size() > 1 || d.list()) {
                throw new QueryFileException(d.line(), "the default of '" + name + "' must be one value");
            }
            Node node = term(type, d, query, name);
            if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.node().equals(node))) {
                throw new QueryFileException(d.line(), "the default of '" + name + "' is not one of its enumerated values");
            }
            defaultValue = Optional.of(new QueryParameter.Allowed(d.text(), node));
        }
        String description = deco.text("params/" + name).orElse("");
        return new QueryParameter(name, v, required, type, defaultValue, allowed, description);
    }

    private static Node term(ParameterType type, DecoratorBlock.Located value, Query query, String name) throws QueryFileException {
        try {
            return type.toNode(value.text(), query.getPrefixMapping());
        } catch (ParameterType.InvalidValueException e) {
            throw new QueryFileException(value.line(), "value '" + value.text() + "' of '" + name + "' " + e.getMessage());
        }
    }

    private static OptionalInt pagination(DecoratorBlock deco) throws QueryFileException {
        Optional<String> v = deco.text("pagination");
        if (v.isEmpty()) return OptionalInt.empty();
        try {
            int n = Integer.parseInt(v.get());
            if (n > 0) return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new QueryFileException(deco.line("/pagination"), "'pagination' is '" + v.get()
                + "'; it must be a positive number of rows per page");
    }

    /** Every variable the substitution of a bound query can reach: the ones parameters may use. */
    private static Set<Var> mentionedVariables(Query query) {
        Set<Var> vars = new HashSet<>();
        QueryTransformOps.transform(query, node -> {
            if (Var.isVar(node)) vars.add(Var.alloc(node));
            return node;
        });
        return vars;
    }

    private static int firstMention(String text, Var v) {
        Matcher m = Pattern.compile("[?$]" + Pattern.quote(v.getVarName()) + "(?![A-Za-z0-9_])").matcher(text);
        while (m.find()) {
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (!text.startsWith("#", lineStart)) return m.start();
        }
        return text.length();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
