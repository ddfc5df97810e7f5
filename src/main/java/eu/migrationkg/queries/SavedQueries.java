package eu.migrationkg.queries;

import java.util.function.Supplier;

/**
 * The saved queries a running server answers with: one immutable {@link QueryRegistry} at a time,
 * replaced whole by {@link #reload()}. Whoever serves them asks for {@link #current()} on each request
 * and uses that one snapshot throughout, so a request never mixes two versions of {@code queries/}.
 *
 * <p>A reload never fails: every readable query is served, and a query whose file has become broken
 * keeps its last good version (see {@link QueryRegistry#keepingLastGoodOf}); the problems are in the
 * new registry for whoever asked for the reload to report.
 */
public final class SavedQueries {

    private final Supplier<QueryRegistry> reader;
    private volatile QueryRegistry current;

    /** Reads the first registry with {@code reader}; a file broken now has no last good version to keep. */
    public SavedQueries(Supplier<QueryRegistry> reader) {
        this.reader = reader;
        this.current = reader.get();
    }

    public QueryRegistry current() {
        return current;
    }

    /** Reads {@code queries/} again and serves the result from the next request on; returns it. */
    public synchronized QueryRegistry reload() {
        QueryRegistry next = reader.get().keepingLastGoodOf(current);
        current = next;
        return next;
    }
}
