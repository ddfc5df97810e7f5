package eu.migrationkg.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The teardown the browser fixtures share: browser, then server, then the folder they served from. */
final class BrowserFixtures {

    private BrowserFixtures() {}

    static void close(Path dir, RunningServer server, Browser browser) throws Exception {
        try {
            if (browser != null) browser.close();
            if (server != null) server.close();
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        }
    }
}
