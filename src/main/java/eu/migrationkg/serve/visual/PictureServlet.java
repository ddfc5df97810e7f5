package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.system.Txn;

/**
 * One picture page: GET and HEAD only, the model built in a read transaction from the graph as it is
 * now, rendered with its template. A request the page cannot answer gets its status and, where the
 * page can still be shown, the page with the reason on it.
 */
final class PictureServlet extends HttpServlet {

    /** Builds a page's model from the request and the graph. */
    @FunctionalInterface
    interface PageModel {
        Object build(HttpServletRequest request, ModelView view, PageFrame frame) throws BadPictureRequest;
    }

    /** The model to show when the request was refused, or null to answer with the reason as plain text. */
    @FunctionalInterface
    interface ProblemModel {
        Object build(ModelView view, PageFrame frame, String problem);
    }

    private final transient Site site;
    private final String title;
    private final String section;
    private final String description;
    private final String template;
    private final transient PageModel model;
    private final transient ProblemModel problem;
    private final transient Function<Links, List<String>> scripts;

    PictureServlet(Site site, String title, String section, String description, String template, Function<Links, List<String>> scripts,
                   PageModel model, ProblemModel problem) {
        this.site = site;
        this.title = title;
        this.section = section;
        this.description = description;
        this.template = template;
        this.scripts = scripts;
        this.model = model;
        this.problem = problem;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readsOnly(req, resp, "GET, HEAD")) return;
        PageFrame base = site.frame(req, title).withSection(section).withDescription(description)
                .withStylesheet(site.links(req).asset("pictures.css"));
        for (String s : scripts.apply(base.links())) base = base.withScript(s);
        PageFrame frame = base;
        var ds = site.store().dataset();
        record Outcome(int status, Object model, String problem) {}
        Outcome outcome = Txn.calculateRead(ds, () -> {
            ModelView view = new ModelView(site.store(), frame.links());
            try {
                return new Outcome(HttpServletResponse.SC_OK, model.build(req, view, frame), null);
            } catch (BadPictureRequest e) {
                Object shown = problem == null ? null : problem.build(view, frame, e.getMessage());
                return new Outcome(e.status(), shown, e.getMessage());
            }
        });
        if (outcome.model() == null) {
            Responses.plain(req, resp, outcome.status(), outcome.problem());
            return;
        }
        Pages.send(req, resp, outcome.status(), template, outcome.model(), site.lastModified());
    }
}
