package eu.migrationkg.serve;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;

/**
 * What the server's modules are built from: the store, the repository, where the server listens and
 * its limits. The store may be reloaded while serving: modules ask it for {@code dataset()} on every
 * request rather than keeping the dataset they were built with.
 */
public record ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings, ServeConfig config) {

    /** With the default limits (those shipped in the jar). */
    public ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings) {
        this(store, layout, settings, ServeConfig.defaults());
    }
}
