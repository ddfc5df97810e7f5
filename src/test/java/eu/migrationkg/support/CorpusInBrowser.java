package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (browser != null) browser.close();
            if (server != null) server.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    public RunningServer server() { return server; }

    public Browser browser() { return browser; }
}
