package eu.migrationkg.queries;

import eu.migrationkg.graph.KnowledgeStore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The saved queries a running server answers with: one immutable {@link QueryRegistry} at a time.
 * Whoever serves them asks for {@link #current()} on each request and uses that one snapshot
 * throughout, so a request never mixes two versions of {@code queries/}.
 *
 * <p>Bound to a store, the registry belongs to the generation the store serves: it is read once per
 * release (from the release's own copy of {@code queries/} when the store opened one) and a request
 * pinned to a release gets that release's queries, so a reload switches graph and queries together.
 * Unbound, it is replaced by {@link #reload()}.
 *
 * <p>A read never fails: every readable query is served, and a query whose file has become broken
 * keeps its last good version (see {@link QueryRegistry#keepingLastGoodOf}); the problems are in the
 * new registry for whoever asked for the reload to report.
 */
public final class SavedQueries {

    private final KnowledgeStore store;
    private final Function<KnowledgeStore, QueryRegistry> perRelease;
    private final Supplier<QueryRegistry> reader;
    private volatile QueryRegistry current;

    /** Reads the first registry with {@code reader}; a file broken now has no last good version to keep. */
    public SavedQueries(Supplier<QueryRegistry> reader) {
        this.store = null;
        this.perRelease = null;
        this.reader = reader;
        this.current = reader.get();
    }

    /** The queries of each generation {@code store} serves, read by {@code reader} once per generation. */
    public SavedQueries(KnowledgeStore store, Function<KnowledgeStore, QueryRegistry> reader) {
        this.store = store;
        this.perRelease = reader;
        this.reader = null;
        this.current = current();
    }

    public QueryRegistry current() {
        if (store == null) return current;
        return store.derived(this, a -> read());
    }

    private QueryRegistry read() {
        QueryRegistry read = perRelease.apply(store);
        QueryRegistry before = current;
        QueryRegistry next = before == null ? read : read.keepingLastGoodOf(before);
        current = next;
        return next;
    }

    /**
     * Reads {@code queries/} again and serves the result from the next request on; returns it. Bound to
     * a store, the queries follow the store's reload: this returns those of the release now served.
     */
    public synchronized QueryRegistry reload() {
        if (store != null) return store.derivedForNext(this, a -> read());
        QueryRegistry next = reader.get().keepingLastGoodOf(current);
        current = next;
        return next;
    }
}
