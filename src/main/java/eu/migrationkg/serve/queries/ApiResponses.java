package eu.migrationkg.serve.queries;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How the JSON API answers an error: an RFC 9457 problem document, never a stack trace. Its answers
 * are sent as the pages are ({@link Responses}: an ETag from their bytes, 304 for a matching
 * {@code If-None-Match}).
 */
final class ApiResponses {
    private ApiResponses() {}

    static final String PROBLEM_JSON = "application/problem+json";

    /** An error as a problem document: status, a title, what went wrong, and fields such as the parameter. */
    static void problem(HttpServletResponse resp, int status, String title, String detail, Map<String, String> extra)
            throws IOException {
        ObjectNode p = Json.object();
        p.put("type", "about:blank");
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        extra.forEach(p::put);
        byte[] body = Representation.JSON.writeValueAsBytes(p);
        resp.setStatus(status);
        resp.setContentType(PROBLEM_JSON);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
