package eu.migrationkg.serve.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Renders the HTML templates of {@code src/main/jte}. They are compiled to Java classes at build time
 * (jte-maven-plugin), so a template error is a build error and rendering needs no compiler.
 * Each template takes one parameter, its page model, which carries a {@link PageFrame}.
 */
public final class Pages {
    private Pages() {}

    /** The package the build generates the template classes into (see pom.xml). */
    static final String TEMPLATE_PACKAGE = "eu.migrationkg.serve.templates";

    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATE_PACKAGE);

    public static final String HTML = "text/html";

    /** The page as a string; {@code template} is a path under src/main/jte, e.g. {@code "home.jte"}. */
    public static String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, model, out);
        return out.toString();
    }

    public static Representation html(String template, Object model) {
        return Representation.text(render(template, model), HTML);
    }

    /** Renders and sends the page, answering 304 when the client holds it already. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String template,
                            Object model, Instant lastModified) throws IOException {
        Responses.send(req, resp, status, html(template, model), lastModified);
    }
}
