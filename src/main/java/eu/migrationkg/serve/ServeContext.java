package eu.migrationkg.serve;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;

/**
 * What the server's modules are built from: the store, the repository, where the server listens, its
 * limits and the saved queries (read with the graph's base). Both the store and the saved queries may
 * be reloaded while serving: modules ask the store for {@code dataset()} and the queries for
 * {@code current()} on every request rather than keeping what they were built with.
 */
public record ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, ServeConfig config,
                           SavedQueries queries) {

    /** With these limits, and the saved queries read from the project's {@code queries/}. */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, ServeConfig config) {
        this(store, layout, settings, config, new SavedQueries(store, s -> QueryRegistry.load(
                s.openedRelease().map(r -> new ProjectLayout(r.inputs())).orElse(layout), s.assembled().iris().base())));
    }

    /** With the default limits (those shipped in the jar). */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings) {
        this(store, layout, settings, ServeConfig.defaults());
    }
}
