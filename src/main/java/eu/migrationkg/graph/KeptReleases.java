package eu.migrationkg.graph;

/**
 * Which releases the server can still answer for. A citation names a release; while that release is
 * kept its answer is given again, byte for byte, and once it is gone the citation says what it was.
 * Today only the release being served is kept; a store that keeps earlier releases on disk answers
 * for those too by implementing this.
 */
@FunctionalInterface
public interface KeptReleases {

    /** Whether {@code release} can still be answered for. */
    boolean isKept(ReleaseId release);

    /** Only the release the store serves right now. */
    static KeptReleases currentOf(KnowledgeStore store) {
        return release -> release.equals(store.release());
    }
}
