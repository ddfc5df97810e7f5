package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.ParameterException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/**
 * The parameters of a request URL, in their order, each given once. Read from the raw query string
 * (not the servlet's parameter map) so links to other pages of a result keep the caller's order.
 */
record QueryString(SequencedMap<String, String> values) {

    static final QueryString EMPTY = new QueryString(new LinkedHashMap<>());

    static QueryString parse(String raw) throws ParameterException {
        SequencedMap<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return new QueryString(values);
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), pair);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (values.containsKey(name)) {
                throw new ParameterException(name, "is given more than once; give one value");
            }
            values.put(name, value);
        }
        return new QueryString(values);
    }

    private static String decode(String s, String parameter) throws ParameterException {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(parameter, "is not correctly percent-encoded");
        }
    }

    /** The parameters that have a value. */
    QueryString nonEmpty() {
        SequencedMap<String, String> out = new LinkedHashMap<>(values);
        out.values().removeIf(String::isEmpty);
        return new QueryString(out);
    }

    /** The same parameters with some replaced (a null value removes one), as a query string. */
    String with(Map<String, String> changes) {
        SequencedMap<String, String> out = new LinkedHashMap<>(values);
        changes.forEach((k, v) -> {
            if (v == null) out.remove(k);
            else out.put(k, v);
        });
        return out.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
