package eu.migrationkg.serve;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;

/** What the server's modules are built from: the store, the repository and where the server listens. */
public record ServeContext(KnowledgeStore store, ProjectLayout layout, ServerSettings settings) {}
