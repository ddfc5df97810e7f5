package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * How the JSON API answers: bodies are built in full, given a strong ETag from their bytes (a
 * matching {@code If-None-Match} gets 304), and errors are RFC 9457 problem documents, never a
 * stack trace.
 */
final class ApiResponses {
    private ApiResponses() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String PROBLEM_JSON = "application/problem+json";

    /** Sends a complete body, or 304 when the client already holds these bytes. */
    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body)
            throws IOException {
        String etag = etag(body);
        resp.setHeader("ETag", etag);
        resp.setHeader("Vary", "Accept");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void sendJson(HttpServletRequest req, HttpServletResponse resp, Object json) throws IOException {
        send(req, resp, "application/json; charset=utf-8", JSON.writeValueAsBytes(json));
    }

    /** An error as a problem document: status, a title, what went wrong, and fields such as the parameter. */
    static void problem(HttpServletResponse resp, int status, String title, String detail, Map<String, String> extra)
            throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        extra.forEach(p::put);
        byte[] body = JSON.writeValueAsBytes(p);
        resp.setStatus(status);
        resp.setContentType(PROBLEM_JSON);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals("*") || c.equals(etag)) return true;
        }
        return false;
    }
}
