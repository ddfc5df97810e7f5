package eu.migrationkg.serve;

import eu.migrationkg.graph.ReloadOutcome;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reload of everything the server reads from the repository, whether asked for by
 * {@code POST /$/reload} or by {@code --watch}: the graph is rebuilt (and swapped only if clean) and
 * {@code queries/} is read again. The two are independent: a broken query file does not keep a clean
 * graph from being swapped in, and a refused graph does not keep a new query from being served, since
 * queries are parsed without the graph. Query problems are reported, never fatal.
 */
final class ServerReload {

    private static final Logger LOG = LoggerFactory.getLogger(ServerReload.class);

    private final ReloadableStore store;
    private final SavedQueries queries;

    ServerReload(ReloadableStore store, SavedQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    /** One at a time, so the response of each names the graph and the queries it left served. */
    synchronized Outcome reload() {
        ReloadOutcome graph = store.reload();
        QueryRegistry read = queries.reload();
        if (read.problems().isEmpty()) {
            LOG.info("saved queries re-read: {} served", read.all().size());
        } else {
            LOG.warn("saved queries re-read: {} served, {} file problem(s): {}", read.all().size(),
                    read.problems().size(), read.problems());
        }
        return new Outcome(graph, read);
    }

    /** What a reload left served: the graph (or why the old one stayed) and the saved queries. */
    record Outcome(ReloadOutcome graph, QueryRegistry queries) {}
}
