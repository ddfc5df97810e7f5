package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.vocab.Iris;
import java.util.HexFormat;

/**
 * Which version of the data an assembly is. Two names, for two readers:
 * <ul>
 *   <li>{@link #of}: the release ({@link ReleaseId}: inputs and code), which {@code owl:versionIRI} names,
 *   since what is served changes with either;</li>
 *   <li>{@link #ofData}: the inputs alone, which the register of published IRIs records. The register is
 *   committed and reviewed like code, so it must change when the data change and only then: a rebuilt
 *   class, another JDK or a new commit of the code leaves it byte for byte as it was.</li>
 * </ul>
 */
public final class DatasetVersion {
    private DatasetVersion() {}

    /** The release the inputs and the running code make. */
    public static String of(ProjectLayout layout) {
        return ReleaseId.of(layout).value();
    }

    /**
     * A hash of the input files alone ({@link ReleaseId#inputs}: {@code ontology/}, {@code data/} but not
     * the register itself, {@code queries/}), by path and content; the same files give it on every machine.
     */
    public static String ofData(ProjectLayout layout) {
        return HexFormat.of().formatHex(ReleaseId.inputsDigest(layout).digest(), 0, 8);
    }

    /** The IRI of this version of the ontology: {@code {ns}ontology/{version}}. */
    public static String ontologyVersionIri(Iris iris, String version) {
        return iris.ontologyIri() + "/" + version;
    }
}
