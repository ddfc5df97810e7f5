package eu.migrationkg.cluster;

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

/**
 * {@code kg cluster --watch}: calls back when a file under the inputs' folders changes, once the
 * folders have been quiet for a moment, so that saving several files gives one roll, not several.
 */
final class InputWatcher implements AutoCloseable {

    private final WatchService watch;
    private final Duration quiet;
    private final Runnable onChange;
    private final Thread thread;

    InputWatcher(List<Path> roots, Duration quiet, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path root : roots) register(root);
        this.thread = new Thread(this::run, "kg-cluster-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
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
                drain(watch.take());
                WatchKey more;
                while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) drain(more);
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopping.
        }
    }

    /** Takes a key's events, watching the folders created meanwhile too. */
    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && e.context() instanceof Path p
                    && Files.isDirectory(dir.resolve(p))) {
                try {
                    register(dir.resolve(p));
                } catch (IOException ex) {
                    // A folder that vanished again: nothing to watch.
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
        } catch (IOException e) {
            // Closing anyway.
        }
    }
}
