package eu.migrationkg.serve;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.queries.QueryRegistry;

/**
 * What the server's modules are built from: the store, the repository, where the server listens and
 * the saved queries (read once, with the graph's base).
 */
public record ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, QueryRegistry queries) {

    /** A context whose saved queries are read from the project's {@code queries/}. */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings) {
        this(store, layout, settings, QueryRegistry.load(layout, store.assembled().iris().base()));
    }
}
