package eu.migrationkg.serve.answers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A citation ({@code /cite/{release}/{path}?{params}&as={format}}) read back as the request it names:
 * the path and parameters of the original, its format as the only one accepted, and no conditions
 * (the route answers in full; whether the client already has it is decided in front of it).
 */
final class CitedRequest extends HttpServletRequestWrapper {

    static final String PREFIX = "/cite/";
    static final String FORMAT_PARAM = "as";

    /** What a citation's address names. */
    record Citation(String release, String path, String query, Map<String, String[]> params, String format) {

        /** The request it names, as a line a reader can follow: method, path and format. */
        String describe() {
            return "GET " + path + (query.isEmpty() ? "" : "?" + query) + " as " + format;
        }
    }

    private final Citation citation;

    CitedRequest(HttpServletRequest request, Citation citation) {
        super(request);
        this.citation = citation;
    }

    /** The citation an address names, or empty when it names none (no release, path or format). */
    static Optional<Citation> parse(String path, String queryString) {
        if (!path.startsWith(PREFIX)) return Optional.empty();
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) return Optional.empty();
        String release = rest.substring(0, slash);
        String target = rest.substring(slash);
        Map<String, List<String>> values = new LinkedHashMap<>();
        String format = null;
        StringBuilder kept = new StringBuilder();
        if (queryString != null && !queryString.isEmpty()) {
            for (String pair : queryString.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name.equals(FORMAT_PARAM)) {
                    format = value;
                    continue;
                }
                values.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
                if (!kept.isEmpty()) kept.append('&');
                kept.append(pair);
            }
        }
        if (format == null || format.isBlank()) return Optional.empty();
        Map<String, String[]> params = new LinkedHashMap<>();
        values.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        return Optional.of(new Citation(release, target, kept.toString(), Collections.unmodifiableMap(params), format));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    Citation citation() {
        return citation;
    }

    @Override
    public String getRequestURI() {
        return getContextPath() + citation.path();
    }

    @Override
    public StringBuffer getRequestURL() {
        StringBuffer url = super.getRequestURL();
        String uri = super.getRequestURI();
        int at = url.lastIndexOf(uri);
        if (at >= 0) url.replace(at, url.length(), getRequestURI());
        return url;
    }

    @Override
    public String getServletPath() {
        return citation.path();
    }

    @Override
    public String getPathInfo() {
        return null;
    }

    @Override
    public String getQueryString() {
        return citation.query().isEmpty() ? null : citation.query();
    }

    @Override
    public String getParameter(String name) {
        String[] v = citation.params().get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return citation.params();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(citation.params().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return citation.params().get(name);
    }

    @Override
    public String getMethod() {
        String m = super.getMethod();
        return m.equals("HEAD") ? m : "GET";
    }

    @Override
    public String getHeader(String name) {
        if (name.equalsIgnoreCase("Accept")) return citation.format();
        if (Unconditional.isCondition(name)) return null;
        return super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (name.equalsIgnoreCase("Accept")) return Collections.enumeration(List.of(citation.format()));
        if (Unconditional.isCondition(name)) return Collections.emptyEnumeration();
        return super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
        if (Unconditional.isCondition(name)) return -1;
        return super.getDateHeader(name);
    }
}
