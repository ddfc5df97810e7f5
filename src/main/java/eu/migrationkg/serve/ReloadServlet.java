package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.graph.BuildProblem;
import eu.migrationkg.graph.ReloadOutcome;
import eu.migrationkg.serve.web.Representation;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * {@code POST /$/reload} with {@code Authorization: Bearer <token>}: rebuilds the graph from the
 * repository and swaps it in, and reads the saved queries again ({@link ServerReload}). Answers 200
 * with the graph now served, or 409 with the problems that kept the old graph serving; 401 without the
 * right token. Either way {@code queries} says how many saved queries are served and which query files
 * have problems (file, line, message): those do not make the answer a 409, the graph being fine.
 */
final class ReloadServlet extends HttpServlet {

    static final String PATH = "/$/reload";

    private final transient ServerReload reload;
    private final byte[] token;

    ReloadServlet(ServerReload reload, String token) {
        this.reload = reload;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"kg-admin\"");
            ErrorResponses.send(request, response, 401, "This needs the admin token: Authorization: Bearer <token>.");
            return;
        }
        ServerReload.Outcome both = reload.reload();
        ReloadOutcome outcome = both.graph();
        ObjectNode body = Json.object();
        body.put("swapped", outcome.swapped());
        body.put("triples", outcome.triples());
        body.put("sources", outcome.sources());
        body.put("millis", outcome.millis());
        problems(body.putArray("problems"), outcome.problems());
        ObjectNode queries = body.putObject("queries");
        queries.put("served", both.queries().all().size());
        problems(queries.putArray("problems"), both.queries().problems());
        String graph = outcome.swapped() ? "The new graph is served."
                : "The graph was not replaced; the one served before keeps serving.";
        int broken = both.queries().problems().size();
        body.put("message", broken == 0 ? graph : graph + " " + broken + " saved-query file(s) could not be used; "
                + "see queries.problems.");
        response.setStatus(outcome.swapped() ? 200 : 409);
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = Representation.JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void problems(ArrayNode into, List<BuildProblem> problems) {
        for (BuildProblem p : problems) {
            into.addObject().put("file", p.file()).put("line", p.line()).put("message", p.message());
        }
    }

    /** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
