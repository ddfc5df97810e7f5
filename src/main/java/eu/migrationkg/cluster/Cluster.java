package eu.migrationkg.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.FolderWatcher;
import eu.migrationkg.base.Json;
import eu.migrationkg.graph.ReleaseId;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * N replicas of one release behind HAProxy, on one machine. Every change (start, a replica that died
 * and is started again, a roll to a new release, the stop) runs on one thread, the conductor, one at a
 * time, so a roll and a restart never move the same replica at once.
 *
 * <p>A roll moves one replica at a time: out of rotation (HAProxy {@code maint}: no new request, the
 * ones in progress finish), wait until none is in progress, stop it, start it on the new release,
 * wait until it answers with that release, back into rotation, wait until HAProxy's health check has
 * it up, next. Until the last step the other replicas carry the load.
 */
public final class Cluster implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    /** How the cluster is laid out and how long it waits for what. */
    public record Options(int replicas, String host, int port, Path dir, Path template, Path haproxy,
            int clientMaxConnections, int replicaMaxConnections, int serverTimeoutSeconds, Duration startLimit,
            Duration grace) {}

    /** A place in the balancer: a server name and a port, each held by one replica process at a time. */
    private static final class Slot {
        final String name;
        final int port;
        volatile Replica replica;
        volatile ReleaseId release;
        /** Stopped on purpose (a roll, the stop): its exit is not a failure. */
        volatile boolean expectedExit;

        Slot(String name, int port) {
            this.name = name;
            this.port = port;
        }
    }

    private final Options options;
    private final ReleaseSource releases;
    private final ReplicaLauncher launcher;
    private final PrintWriter out;
    private final List<Slot> slots = new ArrayList<>();
    private final ExecutorService conductor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kg-cluster");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rollQueued = new AtomicBoolean();
    private final CompletableFuture<Integer> ended = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile ReleaseId release;
    private Haproxy haproxy;

    public Cluster(Options options, ReleaseSource releases, ReplicaLauncher launcher, List<Integer> replicaPorts,
            PrintWriter out) {
        this.options = options;
        this.releases = releases;
        this.launcher = launcher;
        this.out = out;
        for (int i = 0; i < replicaPorts.size(); i++) slots.add(new Slot("s" + (i + 1), replicaPorts.get(i)));
    }

    /**
     * Builds the release once, starts the replicas on it (all at once), then HAProxy in front of them,
     * and returns when HAProxy has every replica up.
     */
    public void start() throws Exception {
        say("Building release %s once ...", releases.current());
        release = releases.build();
        say("Starting %d replicas of release %s ...", slots.size(), release);
        for (Slot s : slots) s.replica = launcher.start(s.name, s.port, release);
        for (Slot s : slots) {
            s.release = s.replica.awaitServing(options.startLimit());
            if (!s.release.equals(release)) {
                throw new IOException("replica " + s.name + " serves release " + s.release + ", not " + release
                        + ": the inputs changed while the cluster started; start it again");
            }
        }
        Path config = options.dir().resolve("haproxy.cfg");
        Files.writeString(config, HaproxyConfig.render(options.template(), haproxySettings()));
        Haproxy.check(options.haproxy(), config);
        haproxy = Haproxy.start(options.haproxy(), config, socket(), options.dir().resolve("haproxy.log"),
                options.startLimit());
        haproxy.process().onExit().thenRun(() -> {
            if (!stopping) {
                say("HAProxy (pid %d) exited with status %d; stopping the cluster (see %s)", haproxy.pid(),
                        haproxy.process().exitValue(), haproxy.log());
                ended.complete(1);
            }
        });
        await("HAProxy to see every replica up", options.startLimit(), () -> slots.stream().allMatch(this::up));
        for (Slot s : slots) supervise(s, s.replica);
        writeState();
    }

    /** Completes with an exit status when the cluster cannot go on (HAProxy died); never on its own otherwise. */
    public CompletableFuture<Integer> ended() {
        return ended;
    }

    public ReleaseId release() {
        return release;
    }

    public long haproxyPid() {
        return haproxy.pid();
    }

    public List<Replica> replicas() {
        return slots.stream().map(s -> s.replica).toList();
    }

    public Path stateFile() {
        return options.dir().resolve("state.json");
    }

    /** Asks for a roll to the release of the current inputs; one queued roll covers any number of asks. */
    public void requestRoll() {
        if (!stopping && rollQueued.compareAndSet(false, true)) {
            conductor.execute(() -> {
                rollQueued.set(false);
                roll();
            });
        }
    }

    /** Watches the inputs' folders and rolls when they change; closed with the cluster. */
    public AutoCloseable watch(List<Path> roots) throws IOException {
        return new FolderWatcher(roots, Duration.ofMillis(500), "kg-cluster-watch", this::requestRoll).start();
    }

    private void roll() {
        if (stopping) return;
        ReleaseId wanted = releases.current();
        if (wanted.equals(release) && slots.stream().allMatch(s -> release.equals(s.release))) return;
        long t0 = System.nanoTime();
        ReleaseId target;
        try {
            target = releases.build();
        } catch (ReleaseSource.Refused e) {
            say("The changed inputs do not make a release that may be served (%s); the replicas keep serving %s",
                    e.getMessage(), release);
            return;
        }
        say("Rolling from release %s to %s, one replica at a time", release, target);
        for (Slot s : slots) {
            if (stopping) return;
            try {
                if (target.equals(s.release) && up(s)) continue;
                switchTo(s, target);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                say("The roll stopped at %s: %s. %s is out of rotation; the others serve on.", s.name,
                        e.getMessage(), s.name);
                writeState();
                return;
            }
        }
        release = target;
        writeState();
        say("Every replica serves release %s (roll took %.1f s)", target, (System.nanoTime() - t0) / 1e9);
    }

    /** Drain, switch, health check: one replica moved to {@code target} while the others serve. */
    private void switchTo(Slot s, ReleaseId target) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HaproxyRuntime api = haproxy.runtime();
        api.setState(s.name, "maint");
        await(s.name + " to finish the requests in progress", Duration.ofSeconds(options.serverTimeoutSeconds()),
                () -> sessions(s) == 0);
        long drained = System.nanoTime();
        Replica old = s.replica;
        s.expectedExit = true;
        old.stop(options.grace());
        ReleaseId served = startServing(s, target);
        if (!served.equals(target)) {
            throw new IOException(s.name + " came up with release " + served + ", not " + target
                    + " (the inputs changed during the roll; the next roll takes it further)");
        }
        backInRotation(s);
        writeState();
        say("  %s: drained in %.1f s, switched to %s (pid %d), healthy after %.1f s", s.name,
                (drained - t0) / 1e9, target, s.replica.pid(), (System.nanoTime() - drained) / 1e9);
    }

    /**
     * A new replica in the slot, started on {@code wanted} and supervised once it serves; returns the release
     * it serves, which is another when the inputs changed meanwhile.
     */
    private ReleaseId startServing(Slot s, ReleaseId wanted) throws IOException, InterruptedException {
        Replica fresh = launcher.start(s.name, s.port, wanted);
        s.replica = fresh;
        s.release = null;
        s.expectedExit = false;
        ReleaseId served = fresh.awaitServing(options.startLimit());
        s.release = served;
        supervise(s, fresh);
        return served;
    }

    /** Back in HAProxy's rotation, returning once its health check passes. */
    private void backInRotation(Slot s) throws IOException, InterruptedException {
        haproxy.runtime().setState(s.name, "ready");
        await("HAProxy's health check to pass on " + s.name, options.startLimit(), () -> up(s));
    }

    /** A replica that exits when nobody stopped it is started again on the same port; HAProxy's checks bring it back. */
    private void supervise(Slot s, Replica r) {
        r.process().onExit().thenRun(() -> {
            if (stopping || s.expectedExit || s.replica != r) return;
            say("%s (pid %d, port %d) exited with status %d; starting it again", s.name, r.pid(), s.port,
                    r.process().exitValue());
            conductor.execute(() -> restart(s, r));
        });
    }

    private void restart(Slot s, Replica dead) {
        if (stopping || s.replica != dead) return;
        try {
            // Out of rotation until it serves the cluster's release (checks alone would bring it back sooner).
            haproxy.runtime().setState(s.name, "maint");
            ReleaseId served = startServing(s, release);
            if (!served.equals(release)) {
                say("%s serves release %s, not the cluster's %s (the inputs changed): out of rotation until the "
                        + "next roll", s.name, served, release);
            } else {
                backInRotation(s);
                say("%s is back in rotation (pid %d, release %s)", s.name, s.replica.pid(), served);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            say("%s could not be started again: %s. It stays out of rotation; the others serve on.", s.name,
                    e.getMessage());
        }
        writeState();
    }

    private boolean up(Slot s) {
        try {
            Integer state = haproxy.runtime().operationalStates().get(s.name);
            return state != null && state == HaproxyRuntime.UP;
        } catch (IOException e) {
            return false;
        }
    }

    private int sessions(Slot s) {
        try {
            return haproxy.runtime().currentSessions().getOrDefault(s.name, 0);
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static void await(String what, Duration limit, BooleanSupplier condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("waited " + limit.toSeconds() + " s for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private HaproxyConfig.Settings haproxySettings() {
        return new HaproxyConfig.Settings(options.host(), options.port(), socket(), (int) options.grace().toSeconds(),
                options.serverTimeoutSeconds(), options.clientMaxConnections(), options.replicaMaxConnections(),
                slots.stream().map(s -> new HaproxyConfig.ReplicaSlot(s.name, s.port)).toList());
    }

    private Path socket() {
        return options.dir().resolve("haproxy.sock");
    }

    /** {@code state.json}: the release, HAProxy and every replica, written whole and then moved into place. */
    private synchronized void writeState() {
        ObjectNode root = Json.object();
        root.put("release", release == null ? null : release.value());
        if (haproxy != null) root.putObject("haproxy").put("pid", haproxy.pid()).put("port", options.port());
        var replicas = root.putArray("replicas");
        for (Slot s : slots) {
            ObjectNode r = replicas.addObject().put("name", s.name);
            Replica p = s.replica;
            if (p != null) r.put("pid", p.pid());
            r.put("port", s.port);
            r.put("release", s.release == null ? null : s.release.value());
        }
        try {
            Path tmp = options.dir().resolve("state.json.tmp");
            Files.write(tmp, Json.PRETTY.writeValueAsBytes(root));
            Files.move(tmp, stateFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            say("cannot write %s: %s", stateFile(), e.getMessage());
        }
    }

    private void say(String format, Object... args) {
        synchronized (out) {
            out.println(LocalTime.now().format(CLOCK) + " " + String.format(Locale.ROOT, format, args));
            out.flush();
        }
    }

    /**
     * Stops everything, gracefully: HAProxy first (it stops listening and lets the requests in progress
     * finish), then the replicas (SIGTERM, then a kill after the grace time). The state file goes too.
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        conductor.shutdownNow();
        conductor.awaitTermination(options.grace().toMillis(), TimeUnit.MILLISECONDS);
        if (haproxy != null) haproxy.stop(options.grace().plusSeconds(2));
        for (Slot s : slots) {
            s.expectedExit = true;
            if (s.replica != null) s.replica.process().destroy();
        }
        for (Slot s : slots) if (s.replica != null) s.replica.stop(options.grace());
        try {
            Files.deleteIfExists(stateFile());
            Files.deleteIfExists(socket());
        } catch (IOException e) {
            // Nothing left running refers to them.
        }
        ended.complete(0);
    }
}
