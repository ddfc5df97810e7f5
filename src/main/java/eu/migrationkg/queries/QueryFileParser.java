package eu.migrationkg.queries;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
        String method = text(deco, "method").orElse("GET");
        if (!method.equalsIgnoreCase("GET")) {
            throw new QueryFileException(deco.line("/method"), "method is '" + method
                    + "'; saved queries are read-only and answered to GET");
        }
        List<QueryParameter> parameters = parameters(query, text, deco);
        return new SavedQuery(id, file, text, base, query,
                text(deco, "summary").orElse(id.replace('-', ' ')),
                text(deco, "description").orElse(""),
                strings(deco, "tags"),
                parameters,
                pagination(deco),
                view(deco, query));
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
                "defaults", namedValues(deco, "defaults", false),
                "enumerate", namedValues(deco, "enumerate", true),
                "params", fieldNames(deco, "params"));
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
        for (Located value : located(deco, "enumerate", name)) {
            allowed.add(new QueryParameter.Allowed(value.text, term(type, value, query, name)));
        }
        Optional<QueryParameter.Allowed> defaultValue = Optional.empty();
        List<Located> defaults = located(deco, "defaults", name);
        if (!defaults.isEmpty()) {
            Located d = defaults.get(0);
            if (defaults.size() > 1 || d.list) {
                throw new QueryFileException(d.line, "the default of '" + name + "' must be one value");
            }
            Node node = term(type, d, query, name);
            if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.node().equals(node))) {
                throw new QueryFileException(d.line, "the default of '" + name + "' is not one of its enumerated values");
            }
            defaultValue = Optional.of(new QueryParameter.Allowed(d.text, node));
        }
        String description = text(deco, "params/" + name).orElse("");
        return new QueryParameter(name, v, required, type, defaultValue, allowed, description);
    }

    private static Node term(ParameterType type, Located value, Query query, String name) throws QueryFileException {
        try {
            return type.toNode(value.text, query.getPrefixMapping());
        } catch (ParameterType.InvalidValueException e) {
            throw new QueryFileException(value.line, "value '" + value.text + "' of '" + name + "' " + e.getMessage());
        }
    }

    /** A scalar of the decorators with its line; {@code list} when it was given as a list. */
    private record Located(String text, int line, boolean list) {}

    /**
     * The values given to a parameter under {@code defaults} or {@code enumerate}, in either of grlc's
     * shapes: a list of one-key maps ({@code - year: 2026}) or a plain map ({@code year: 2026}).
     */
    private static List<Located> located(DecoratorBlock deco, String key, String name) throws QueryFileException {
        JsonNode section = deco.root().get(key);
        List<Located> out = new ArrayList<>();
        if (section == null) return out;
        List<String> pointers = new ArrayList<>();
        if (section.isObject() && section.has(name)) pointers.add("/" + key + "/" + name);
        if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                if (section.get(i).isObject() && section.get(i).has(name)) pointers.add("/" + key + "/" + i + "/" + name);
            }
        }
        for (String pointer : pointers) {
            JsonNode value = deco.root().at(pointer);
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isTextual()) {
                        throw new QueryFileException(deco.line(pointer + "/" + i), "values of '" + name + "' must be plain values");
                    }
                    out.add(new Located(value.get(i).asText(), deco.line(pointer + "/" + i), true));
                }
            } else if (value.isTextual()) {
                out.add(new Located(value.asText(), deco.line(pointer), false));
            } else {
                throw new QueryFileException(deco.line(pointer), "'" + key + "' of '" + name + "' must be a value or a list of values");
            }
        }
        return out;
    }

    /** Names under {@code defaults} or {@code enumerate}, checked for shape. */
    private static Set<String> namedValues(DecoratorBlock deco, String key, boolean listsExpected)
            throws QueryFileException {
        JsonNode section = deco.root().get(key);
        Set<String> names = new LinkedHashSet<>();
        if (section == null) return names;
        if (section.isObject()) {
            section.fieldNames().forEachRemaining(names::add);
        } else if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                JsonNode item = section.get(i);
                if (!item.isObject() || item.size() != 1) {
                    throw new QueryFileException(deco.line("/" + key + "/" + i), "each item of '" + key
                            + "' must be 'name: " + (listsExpected ? "[values]" : "value") + "'");
                }
                item.fieldNames().forEachRemaining(names::add);
            }
        } else {
            throw new QueryFileException(deco.line("/" + key), "'" + key + "' must be a list of 'name: "
                    + (listsExpected ? "[values]" : "value") + "' items");
        }
        return names;
    }

    private static Set<String> fieldNames(DecoratorBlock deco, String key) throws QueryFileException {
        JsonNode section = deco.root().get(key);
        Set<String> names = new LinkedHashSet<>();
        if (section == null) return names;
        if (!section.isObject()) {
            throw new QueryFileException(deco.line("/" + key), "'" + key + "' must map each parameter name to its description");
        }
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Optional<String> text(DecoratorBlock deco, String path) throws QueryFileException {
        JsonNode n = deco.root().at("/" + path);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (!n.isTextual()) {
            throw new QueryFileException(deco.line("/" + path), "'" + path + "' must be text");
        }
        return Optional.of(n.asText().strip());
    }

    private static List<String> strings(DecoratorBlock deco, String key) throws QueryFileException {
        JsonNode n = deco.root().get(key);
        if (n == null || n.isNull()) return List.of();
        if (n.isTextual()) return List.of(n.asText().strip());
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) {
                    throw new QueryFileException(deco.line("/" + key + "/" + i), "each of '" + key + "' must be text");
                }
                out.add(n.get(i).asText().strip());
            }
            return out;
        }
        throw new QueryFileException(deco.line("/" + key), "'" + key + "' must be a list of text");
    }

    private static OptionalInt pagination(DecoratorBlock deco) throws QueryFileException {
        Optional<String> v = text(deco, "pagination");
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

    private static ResultView view(DecoratorBlock deco, Query query) throws QueryFileException {
        JsonNode n = deco.root().get("view");
        if (n == null || n.isNull()) return ResultView.TABLE;
        String type;
        String x = null;
        List<String> y = List.of();
        if (n.isTextual()) {
            type = n.asText().strip();
        } else if (n.isObject()) {
            type = text(deco, "view/type").orElse("table");
            x = text(deco, "view/x").orElse(null);
            JsonNode yNode = n.get("y");
            if (yNode != null) {
                List<String> ys = new ArrayList<>();
                if (yNode.isTextual()) ys.add(yNode.asText().strip());
                else if (yNode.isArray()) yNode.forEach(e -> ys.add(e.asText().strip()));
                else throw new QueryFileException(deco.line("/view/y"), "'view: y' must be a column or a list of columns");
                y = ys;
            }
            for (var it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!List.of("type", "x", "y").contains(k)) {
                    throw new QueryFileException(deco.line("/view/" + k), "unknown key '" + k + "' in 'view' (known: type, x, y)");
                }
            }
        } else {
            throw new QueryFileException(deco.line("/view"), "'view' must be a view type or a map of type, x and y");
        }
        if (!ResultView.TYPES.contains(type)) {
            throw new QueryFileException(deco.line("/view"), "view '" + type + "' is not one of "
                    + String.join(", ", ResultView.TYPES));
        }
        ResultView view = new ResultView(type, x, y);
        if (!view.isChart()) return view;
        if (!query.isSelectType()) {
            throw new QueryFileException(deco.line("/view"), "a " + type + " chart needs a SELECT query");
        }
        if (x == null || y.isEmpty()) {
            throw new QueryFileException(deco.line("/view"), "a " + type + " chart needs 'x' and 'y' columns, e.g. "
                    + "view: {type: " + type + ", x: label, y: total}");
        }
        List<String> columns = query.getResultVars();
        for (String c : concat(x, y)) {
            if (!columns.contains(c)) {
                throw new QueryFileException(deco.line("/view"), "the chart uses column '" + c
                        + "', which the query does not return (columns: " + String.join(", ", columns) + ")");
            }
        }
        return view;
    }

    private static List<String> concat(String x, List<String> y) {
        List<String> all = new ArrayList<>();
        all.add(x);
        all.addAll(y);
        return all;
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
