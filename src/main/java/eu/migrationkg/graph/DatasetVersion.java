package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.vocab.Iris;

/**
 * Which version of the data an assembly is: what {@code owl:versionIRI} and the register of published
 * IRIs name. It is the release the inputs make ({@link ReleaseId}: the same inputs and code are the
 * same version on every machine); this is the one place that says so.
 */
public final class DatasetVersion {
    private DatasetVersion() {}

    public static String of(ProjectLayout layout) {
        return ReleaseId.of(layout).value();
    }

    /** The IRI of this version of the ontology: {@code {ns}ontology/{version}}. */
    public static String ontologyVersionIri(Iris iris, String version) {
        return iris.ontologyIri() + "/" + version;
    }
}
