package eu.migrationkg.serve;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.queries.QueryRegistry;

/**
 * What the server's modules are built from: the store, the repository, where the server listens, its
 * limits and the saved queries (read once, with the graph's base). The store may be reloaded while
 * serving: modules ask it for {@code dataset()} on every request rather than keeping the dataset they
 * were built with.
 */
public record ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, ServeConfig config,
                           QueryRegistry queries) {

    /** With these limits, and the saved queries read from the project's {@code queries/}. */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, ServeConfig config) {
        this(store, layout, settings, config, QueryRegistry.load(layout, store.assembled().iris().base()));
    }

    /** With the default limits (those shipped in the jar). */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings) {
        this(store, layout, settings, ServeConfig.defaults());
    }
}
