package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.system.Txn;

/**
 * A JSON route a picture's script calls for more than the page carries (a node opened out, a search):
 * GET and HEAD only, built in a read transaction; a request it cannot answer gets its status and the
 * reason as one line of text.
 */
final class PictureJsonServlet extends HttpServlet {

    /** Builds the JSON answer from the request and the graph. */
    @FunctionalInterface
    interface Answer {
        String build(HttpServletRequest request, ModelView view) throws BadPictureRequest;
    }

    private final transient Site site;
    private final transient Answer answer;

    PictureJsonServlet(Site site, Answer answer) {
        this.site = site;
        this.answer = answer;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readsOnly(req, resp, "GET, HEAD")) return;
        // Links as the map page sees them (the script follows them from there), not from this route's path.
        var links = eu.migrationkg.serve.web.Links.forPath(site.base(), PicturesModule.EXPLORE.substring(1));
        record Outcome(String json, BadPictureRequest problem) {}
        Outcome outcome = Txn.calculateRead(site.store().dataset(), () -> {
            try {
                return new Outcome(answer.build(req, new ModelView(site.store(), links)), null);
            } catch (BadPictureRequest e) {
                return new Outcome(null, e);
            }
        });
        if (outcome.problem() != null) {
            Responses.plain(req, resp, outcome.problem().status(), outcome.problem().getMessage());
            return;
        }
        Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.text(outcome.json(), "application/json"),
                site.lastModified());
    }
}
