package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.graph.BuildProblem;
import eu.migrationkg.graph.ReloadOutcome;
import eu.migrationkg.graph.ReloadableStore;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /$/reload} with {@code Authorization: Bearer <token>}: rebuilds the graph from the
 * repository and swaps it in. Answers 200 with the graph now served, or 409 with the problems that
 * kept the old graph serving; 401 without the right token.
 */
final class ReloadServlet extends HttpServlet {

    static final String PATH = "/$/reload";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient ReloadableStore store;
    private final byte[] token;

    ReloadServlet(ReloadableStore store, String token) {
        this.store = store;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kg-admin\"");
            ErrorResponses.send(request, response, 401, "This needs the admin token: Authorization: Bearer <token>.");
            return;
        }
        ReloadOutcome outcome = store.reload();
        ObjectNode body = JSON.createObjectNode();
        body.put("swapped", outcome.swapped());
        body.put("triples", outcome.triples());
        body.put("sources", outcome.sources());
        body.put("millis", outcome.millis());
        ArrayNode problems = body.putArray("problems");
        for (BuildProblem p : outcome.problems()) {
            problems.addObject().put("file", p.file()).put("line", p.line()).put("message", p.message());
        }
        body.put("message", outcome.swapped() ? "The new graph is served."
                : "The graph was not replaced; the one served before keeps serving.");
        response.setStatus(outcome.swapped() ? 200 : 409);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
