package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server over a project of the test's making (its documents extracted as {@code kg serve} does)
 * and a desktop browser, both started once for a test class and closed after it.
 */
public final class CorpusInBrowser implements BeforeAllCallback, AfterAllCallback {

    /** Makes the project in a folder of its own; returns its root. */
    @FunctionalInterface
    public interface Project {
        Path make(Path dir) throws Exception;
    }

    private final Project project;
    private Path dir;
    private RunningServer server;
    private Browser browser;

    public CorpusInBrowser(Project project) {
        this.project = project;
    }

    /** The repository's own documents: the seed data. */
    public static CorpusInBrowser seed() {
        return new CorpusInBrowser(TestProject::copyTo);
    }

    /** A generated corpus of {@link LargeCorpus#size()} documents. */
    public static CorpusInBrowser large() {
        return new CorpusInBrowser(dir -> LargeCorpus.write(dir, LargeCorpus.size()));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("kg-corpus");
        server = RunningServer.start(new ProjectLayout(project.make(dir)));
        browser = Browser.start(Browser.DESKTOP);
        awaitPictures();
    }

    /** The most the pictures of a large corpus may take to be worked out after the load, on a busy machine. */
    private static final Duration PICTURES_READY = Duration.ofMinutes(5);

    /**
     * Waits (with a deadline) until each picture page has answered once: after a load the server works
     * out what the pictures read of the whole graph, seconds at 1,000 documents, and the browser's own
     * time-outs are shorter than that on a loaded machine. Later requests are then timed as visitors see them.
     */
    private void awaitPictures() throws Exception {
        for (String page : List.of("explore", "timeline", "figures")) {
            HttpResponse<String> r = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + page))
                    .timeout(PICTURES_READY).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException(page + " answered " + r.statusCode() + " after the load");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        BrowserFixtures.close(dir, server, browser);
    }

    public RunningServer server() { return server; }

    public Browser browser() { return browser; }
}
