package eu.migrationkg.graph;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store whose whole content can be rebuilt and swapped while it serves. The loader builds a complete
 * store from the repository, the same way the first one was built (assembly, checks, and whatever
 * wraps the dataset, such as an index), so a reload replaces everything that is served. A build that
 * fails, is {@link Refused} by a check, or reports any problem is thrown away and the current graph keeps serving; otherwise the new
 * dataset replaces the old one atomically behind {@link #dataset()} (see {@link SwitchingDatasetGraph}).
 */
public final class ReloadableStore implements KnowledgeStore {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableStore.class);

    private final Supplier<KnowledgeStore> loader;
    private final SwitchingDatasetGraph view;
    private volatile KnowledgeStore current;

    /** Builds the first store with {@code loader}; it is served even if it reports problems (they were shown). */
    public ReloadableStore(Supplier<KnowledgeStore> loader) {
        this.loader = loader;
        this.current = loader.get();
        KnowledgeStore first = current;
        this.view = new SwitchingDatasetGraph(first.dataset(), first::close);
    }

    /** The served dataset: stable for the server's lifetime, its content replaced by each reload. */
    @Override
    public SwitchingDatasetGraph dataset() {
        return view;
    }

    @Override
    public AssembledDataset assembled() {
        return current.assembled();
    }

    /** Rebuilds from the repository and swaps if the build is clean. One reload at a time. */
    public synchronized ReloadOutcome reload() {
        long t0 = System.nanoTime();
        KnowledgeStore next;
        try {
            next = loader.get();
        } catch (Refused e) {
            LOG.warn("reload refused, the current graph keeps serving: {}", e.problems);
            return ReloadOutcome.kept(e.problems, current.assembled(), t0);
        } catch (RuntimeException e) {
            LOG.warn("reload failed, the current graph keeps serving: {}", e.toString());
            return ReloadOutcome.kept(List.of(new BuildProblem("(build)", 0, String.valueOf(e.getMessage()))),
                    current.assembled(), t0);
        }
        List<BuildProblem> problems = next.assembled().problems();
        if (!problems.isEmpty()) {
            next.close();
            LOG.warn("reload refused, the current graph keeps serving: {} problem(s): {}", problems.size(), problems);
            return ReloadOutcome.kept(problems, current.assembled(), t0);
        }
        KnowledgeStore previous = current;
        current = next;
        view.replace(next.dataset(), next::close);
        ReloadOutcome outcome = ReloadOutcome.swapped(next.assembled(), t0);
        LOG.info("reloaded: {} triples from {} sources in {} ms (was {} triples)", outcome.triples(),
                outcome.sources(), outcome.millis(), previous.assembled().tripleCount());
        return outcome;
    }

    @Override
    public void close() {
        view.close();
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
