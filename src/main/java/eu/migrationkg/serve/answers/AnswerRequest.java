package eu.migrationkg.serve.answers;

import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.serve.SparqlText;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What decides an answer, apart from the release: the path, the parameters (sorted by name, a SPARQL
 * query {@link SparqlText#normalise normalised}) and the formats the client accepts. Its text is the
 * cache key and the entity tag's input, and (with the format actually sent) the citation's address.
 *
 * @param path   the server path ({@code /sparql}, {@code /api/queries/x}...)
 * @param params the parameters as a canonical query string (may be empty)
 * @param accept the Accept header as sent, trimmed ("" when absent)
 */
public record AnswerRequest(String path, String params, String accept) {

    /** The request's parameters read, for a POST, from its form body (which the servlet reads again from Jetty's copy). */
    static AnswerRequest of(HttpServletRequest req, String path) {
        return new AnswerRequest(path, canonical(req.getParameterMap(), isSparql(path)), accept(req));
    }

    static boolean isSparql(String path) {
        return path.equals("/sparql") || path.equals("/query");
    }

    static String accept(HttpServletRequest req) {
        String a = req.getHeader("Accept");
        return a == null ? "" : a.strip();
    }

    static String canonical(Map<String, String[]> parameters, boolean sparql) {
        Map<String, String[]> sorted = new TreeMap<>(parameters);
        List<String> pairs = new ArrayList<>();
        sorted.forEach((name, values) -> {
            for (String v : values) {
                String value = sparql && (name.equals("query")) ? SparqlText.normalise(v) : v;
                pairs.add(encode(name) + "=" + encode(value));
            }
        });
        return String.join("&", pairs);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The cache key: everything the answer depends on, the server's limits included, and the public
     * address the request reached ({@code address}), which pages and the service description name.
     */
    String key(ReleaseId release, String limits, String address) {
        return release.value() + '\n' + limits + '\n' + address + '\n' + path + '?' + params + '\n' + accept;
    }

    /**
     * A strong entity tag naming the release, the request and its format: the same for every request
     * that gets the same answer from the same release, and new with every release.
     */
    String etag(ReleaseId release) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (path + '?' + params + '\n' + accept).getBytes(StandardCharsets.UTF_8));
            return "\"" + release.value() + "-" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the answer is a query result a researcher would cite: a SPARQL query or a saved query run. */
    boolean citable() {
        return (isSparql(path) && (params.startsWith("query=") || params.contains("&query="))) || (path.startsWith("/api/queries/") && path.length() > 13);
    }

    /** The citation's path, relative to the server's base: {@code cite/{release}{path}?{params}&as={format}}. */
    String citePath(ReleaseId release, String mediaType) {
        return CitedRequest.PREFIX.substring(1) + release.value() + path + '?' + (params.isEmpty() ? "" : params + "&")
                + CitedRequest.FORMAT_PARAM + "=" + encode(mediaType);
    }
}
