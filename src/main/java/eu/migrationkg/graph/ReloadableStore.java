package eu.migrationkg.graph;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store whose whole content can be replaced while it serves. What is served is one {@link Generation}
 * (release, dataset, text index and everything derived from them) behind one reference: a request
 * {@link #pin() pins} the generation current when it arrives and reads it alone until it ends, so it
 * never pairs a new dataset with an old assembly or release. The loader makes a complete store (for
 * {@code kg serve}: builds a new release beside the served one, or opens an existing one); a load
 * that fails, is {@link Refused} by a check, or reports any problem is thrown away and the current
 * generation keeps serving. A replaced generation is closed when its last request or transaction ends.
 */
public final class ReloadableStore implements KnowledgeStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableStore.class);

    private final Supplier<KnowledgeStore> loader;
    private final AtomicReference<Generation> current;
    private final ThreadLocal<Generation> pinned = new ThreadLocal<>();
    private final SwitchingDatasetGraph view;

    /** Builds the first store with {@code loader}; it is served even if it reports problems (they were shown). */
    public ReloadableStore(Supplier<KnowledgeStore> loader) {
        this(loader, loader.get());
    }

    /** Serves {@code first}; reloads make their store with {@code loader}. */
    public ReloadableStore(Supplier<KnowledgeStore> loader, KnowledgeStore first) {
        this.loader = loader;
        this.current = new AtomicReference<>(new Generation(first));
        this.view = new SwitchingDatasetGraph(this);
    }

    /** The served dataset: stable for the server's lifetime, reading the generation of the caller. */
    @Override
    public SwitchingDatasetGraph dataset() {
        return view;
    }

    /** The generation this thread is pinned to, or the current one. */
    public Generation generation() {
        Generation g = pinned.get();
        return g != null ? g : current.get();
    }

    @Override
    public AssembledDataset assembled() {
        return generation().store().assembled();
    }

    @Override
    public ReleaseId release() {
        return generation().release();
    }

    @Override
    public Optional<Release> openedRelease() {
        return generation().store().openedRelease();
    }

    @Override
    public long tripleCount() {
        return generation().store().tripleCount();
    }

    @Override
    public int documentCount() {
        return generation().store().documentCount();
    }

    @Override
    public Publication publication() {
        Generation g = generation();
        return g.derived(Publication.class, a -> g.store().publication());
    }

    @Override
    public <T> T derived(Object key, Function<AssembledDataset, T> derive) {
        return generation().derived(key, derive);
    }

    @Override
    public <T> T derivedForNext(Object key, Function<AssembledDataset, T> derive) {
        Generation next = acquire(null);
        Generation was = pinned.get();
        pinned.set(next); // so that what the derivation reads through this store is of the new generation too
        try {
            return next.derived(key, derive);
        } finally {
            if (was == null) pinned.remove();
            else pinned.set(was);
            next.letGo();
        }
    }

    /**
     * Pins this thread to the current generation until the pin is closed (a request: from its first
     * filter to its last byte). Nested pins keep the outer one.
     */
    @Override
    public Pin pin() {
        if (pinned.get() != null) return Pin.NONE;
        Generation g = acquire();
        pinned.set(g);
        return () -> {
            pinned.remove();
            g.letGo();
        };
    }

    /** Takes one use of the generation this thread reads (its pinned one, or the current one). */
    Generation acquire() {
        return acquire(pinned.get());
    }

    /** Takes one use of {@code preferred}, or of the current generation when it is null or retired. */
    private Generation acquire(Generation preferred) {
        if (preferred != null && preferred.acquire()) return preferred;
        while (true) {
            Generation g = current.get();
            if (g.acquire()) {
                if (current.get() == g) return g;
                g.letGo(); // replaced meanwhile: take the new one
            }
        }
    }

    /** Rebuilds from the repository and swaps if the build is clean. One reload at a time. */
    public synchronized ReloadOutcome reload() {
        long t0 = System.nanoTime();
        KnowledgeStore next;
        try {
            next = loader.get();
        } catch (Refused e) {
            LOG.warn("reload refused, the current release keeps serving: {}", e.problems);
            return ReloadOutcome.kept(e.problems, current.get().store(), t0);
        } catch (RuntimeException e) {
            // An Error (out of memory) is not a failed build: it reaches cli.Main's handler, which says
            // which heap to give and ends the process, since the JVM is no longer sound.
            LOG.warn("reload failed, the current release keeps serving: {}", e.toString());
            return ReloadOutcome.kept(List.of(new BuildProblem("(build)", 0, String.valueOf(e))),
                    current.get().store(), t0);
        }
        List<BuildProblem> problems = next.assembled().problems();
        if (!problems.isEmpty()) {
            next.close();
            LOG.warn("reload refused, the current release keeps serving: {} problem(s): {}", problems.size(), problems);
            return ReloadOutcome.kept(problems, current.get().store(), t0);
        }
        return swap(next, t0);
    }

    /** Serves {@code next} from the next request on (a rollback, or a release built elsewhere). */
    public synchronized ReloadOutcome switchTo(KnowledgeStore next) {
        return swap(next, System.nanoTime());
    }

    private ReloadOutcome swap(KnowledgeStore next, long t0) {
        Generation previous = current.getAndSet(new Generation(next));
        previous.replaced();
        ReloadOutcome outcome = ReloadOutcome.swapped(next, t0);
        LOG.info("reloaded: release {}, {} triples from {} sources in {} ms (was release {})", next.release(),
                outcome.triples(), outcome.sources(), outcome.millis(), previous.release());
        return outcome;
    }

    @Override
    public void close() {
        current.get().retire();
    }

    /** Thrown by a loader whose build must not be served (a check failed), with what is wrong. */
    public static final class Refused extends RuntimeException {
        final transient List<BuildProblem> problems;

        public Refused(List<BuildProblem> problems) {
            super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0)));
            this.problems = List.copyOf(problems);
        }
    }
}
