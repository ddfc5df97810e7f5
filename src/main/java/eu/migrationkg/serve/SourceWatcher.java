package eu.migrationkg.serve;

import eu.migrationkg.graph.ReloadOutcome;
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
 * {@code --watch}: reloads the graph and the saved queries when a file under the watched folders changes. Changes are
 * gathered until the folders have been quiet for the debounce time, so saving several files (or an
 * editor's write-rename dance) gives one reload.
 */
final class SourceWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    private final ServerReload reload;
    private final List<Path> roots;
    private final Duration quiet;
    private final WatchService watch;
    private final Thread thread;

    SourceWatcher(ServerReload reload, List<Path> roots, Duration quiet) throws IOException {
        this.reload = reload;
        this.roots = roots;
        this.quiet = quiet;
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path root : roots) registerTree(root);
        this.thread = new Thread(this::run, "kg-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
        LOG.info("watching {} for changes", roots);
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
                WatchKey key = watch.take();
                boolean changed = drain(key);
                // Wait for quiet: keep taking events until none arrives for the debounce time.
                WatchKey more;
                while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) reloadAndKeepWatching();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopping.
        }
    }

    /**
     * One reload; whatever goes wrong in it is logged and the watch goes on, so the next edit (which may
     * fix the problem) is still seen.
     */
    private void reloadAndKeepWatching() {
        try {
            // Query-file problems are logged by the reload itself.
            ReloadOutcome o = reload.reload().graph();
            if (!o.swapped()) {
                LOG.warn("change seen, graph not replaced: {}", o.problems());
            }
        } catch (RuntimeException e) {
            LOG.error("change seen, reload failed; the current graph keeps serving and the watch goes on", e);
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
