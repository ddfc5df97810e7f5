package eu.migrationkg.serve.queries;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How the JSON API answers: bodies are built in full and sent as the pages are ({@link Responses}:
 * an ETag from their bytes, 304 for a matching {@code If-None-Match}); errors are RFC 9457 problem
 * documents, never a stack trace.
 */
final class ApiResponses {
    private ApiResponses() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String PROBLEM_JSON = "application/problem+json";

    /** Sends a complete body with its ETag, or 304 when the client already holds these bytes. */
    static void send(HttpServletRequest req, HttpServletResponse resp, String contentType, byte[] body)
            throws IOException {
        resp.setHeader("Vary", "Accept");
        Responses.send(req, resp, HttpServletResponse.SC_OK, new Representation(body, contentType), null);
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
}
