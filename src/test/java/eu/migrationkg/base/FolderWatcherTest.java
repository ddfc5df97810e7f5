package eu.migrationkg.base;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one folder watcher behind {@code serve --watch} and {@code cluster --watch}. */
class FolderWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(100);

    @Test
    void aFailingCallbackIsLoggedAndTheWatchGoesOn(@TempDir Path dir) throws Exception {
        ConcurrentLinkedQueue<LogEvent> events = new ConcurrentLinkedQueue<>();
        AbstractAppender appender = new AbstractAppender("watch-test", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(event.toImmutable());
            }
        };
        appender.start();
        Logger log = (Logger) LogManager.getLogger(FolderWatcher.class);
        log.addAppender(appender);
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher w = new FolderWatcher(List.of(dir), QUIET, "test-watch", () -> {
            if (calls.incrementAndGet() == 1) throw new IllegalStateException("a broken file");
        }).start()) {
            Files.writeString(dir.resolve("a.md"), "one");
            await().atMost(Duration.ofSeconds(30)).until(() -> calls.get() >= 1
                    && events.stream().anyMatch(e -> e.getLevel() == Level.ERROR));
            LogEvent failure = events.stream().filter(e -> e.getLevel() == Level.ERROR).findFirst().orElseThrow();
            assertTrue(failure.getMessage().getFormattedMessage().contains("the watch goes on"),
                    failure.getMessage().getFormattedMessage());
            assertNotNull(failure.getThrown(), "the stack trace is logged");
            assertEquals("a broken file", failure.getThrown().getMessage());

            // The next edit (which may fix the problem) is still seen.
            Files.writeString(dir.resolve("a.md"), "two");
            await().atMost(Duration.ofSeconds(30)).until(() -> calls.get() >= 2);
        } finally {
            log.removeAppender(appender);
        }
    }

    @Test
    void foldersCreatedAfterTheStartAreWatchedToo(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FolderWatcher w = new FolderWatcher(List.of(dir), QUIET, "test-watch", calls::incrementAndGet).start()) {
            Path sub = Files.createDirectories(dir.resolve("new"));
            await().atMost(Duration.ofSeconds(30)).until(() -> calls.get() >= 1);
            int seen = calls.get();
            // Written again on each poll: the new folder may be registered after the first write.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                Files.writeString(sub.resolve("b.md"), "x" + System.nanoTime());
                return calls.get() > seen;
            });
        }
    }
}
