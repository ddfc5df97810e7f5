package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /api/complete?q=...}: what the SPARQL editor offers while a name is typed, as JSON. {@code q}
 * is a prefixed name ({@code mig:Pri}), the start of an IRI, or words of a label; {@code limit} (1..100,
 * default 20). Each completion has its IRI, its prefixed name, its kind (class, property, resource), its
 * label and, for the ontology's terms, its definition.
 */
final class CompletionServlet extends HttpServlet {

    static final String PATH = "/api/complete";
    static final int DEFAULT_LIMIT = 20;

    private final transient ServeContext ctx;
    private final transient PerAssembly<Completions> completions;

    CompletionServlet(ServeContext ctx, PerAssembly<Completions> completions) {
        this.ctx = ctx;
        this.completions = completions;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        List<Completions.Term> found;
        try {
            if (q == null || q.isBlank()) throw new IllegalArgumentException("give q: a prefixed name (mig:Pri), the start of an IRI, or words of a label");
            if (q.length() > 500) throw new IllegalArgumentException("q is " + q.length() + " characters long; at most 500 are accepted");
            int limit = limit(req.getParameter("limit"));
            found = completions.get().complete(q, limit);
        } catch (IllegalArgumentException e) {
            ObjectNode error = Json.object().put("status", 400).put("error", e.getMessage());
            Responses.send(req, resp, HttpServletResponse.SC_BAD_REQUEST, Representation.json(error), null);
            return;
        }
        ObjectNode body = Json.object().put("q", q);
        ArrayNode list = body.putArray("completions");
        for (Completions.Term t : found) {
            ObjectNode o = list.addObject().put("iri", t.iri());
            if (t.prefixed() != null) o.put("prefixed", t.prefixed());
            o.put("kind", t.kind().json());
            if (t.label() != null) o.put("label", t.label());
            if (t.definition() != null) o.put("definition", t.definition());
        }
        Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.json(body), null);
    }

    private static int limit(String value) {
        if (value == null) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= Completions.MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + Completions.MAX_LIMIT);
    }
}
