package eu.migrationkg.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The pictures fixture served by a real server ({@link PicturesServer}) and a desktop browser, both
 * started once for a test class and closed after it: register it as a static field with
 * {@code @RegisterExtension}.
 */
public final class PicturesInBrowser implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private RunningServer server;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("kg-pictures");
        server = PicturesServer.start(dir);
        browser = Browser.start(Browser.DESKTOP);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        BrowserFixtures.close(dir, server, browser);
    }

    public RunningServer server() {
        return server;
    }

    public Browser browser() {
        return browser;
    }
}
