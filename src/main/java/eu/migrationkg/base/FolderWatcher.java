package eu.migrationkg.base;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when a file under some folders changes (folders created later included), once the folders
 * have been quiet for a moment, so that saving several files (or an editor's write-rename dance) gives
 * one call, not several. Used by {@code kg serve --watch} (reload) and {@code kg cluster --watch} (roll).
 *
 * <p>Whatever the callback throws is logged and the watch goes on: the next edit may fix the problem, and
 * a watch thread that died silently would leave the user editing files that are never read again.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final List<Path> roots;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService watch;
    private final Thread thread;

    /** Registers the folders now (so no change after this returns is missed); {@link #start()} begins calling back. */
    public FolderWatcher(List<Path> roots, Duration quiet, String threadName, Runnable onChange) throws IOException {
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path root : roots) registerTree(root);
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    public FolderWatcher start() {
        thread.start();
        LOG.info("watching {} for changes", roots);
        return this;
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(watch.take());
                // Wait for quiet: keep taking events until none arrives for the debounce time.
                WatchKey more;
                while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) callBackAndKeepWatching();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopping.
        }
    }

    private void callBackAndKeepWatching() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("{}: change seen, acting on it failed; what was served goes on being served and the watch goes on",
                    thread.getName(), e);
        }
    }

    /** Takes the key's events, registering new folders; true if anything changed. */
    private boolean drain(WatchKey key) {
        boolean any = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            any = true;
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && e.context() instanceof Path p) {
                Path child = dir.resolve(p);
                if (Files.isDirectory(child)) {
                    try {
                        registerTree(child);
                    } catch (IOException ex) {
                        LOG.warn("cannot watch {}: {}", child, ex.getMessage());
                    }
                }
            }
        }
        key.reset();
        return any;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
    }
}
