package eu.migrationkg.cluster;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.ReleaseId;
import java.util.List;

/**
 * Where the release a replica serves comes from: the one place that changes when releases become
 * folders of their own (the TDB2 releases issue). Today a release is the repository's current inputs:
 * {@link #build()} assembles and checks them once, in the cluster's process, so that a release that
 * would be refused never reaches a replica, and names them; each replica then builds the same inputs
 * as it starts (and says which release it serves, which the cluster checks). Once {@code ./kg build}
 * writes {@code target/releases/<id>/}, {@link #build()} becomes that build and
 * {@link #serveArguments} returns {@code --release ID}: replicas open the release instead of building it.
 */
public final class ReleaseSource {

    /** Builds (or checks) the release of the current inputs once; refuses with the problems printed. */
    @FunctionalInterface
    public interface Builder {
        ReleaseId build() throws Refused;
    }

    /** The inputs do not make a release that may be served (the builder has said why). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final ProjectLayout layout;
    private final Builder builder;

    public ReleaseSource(ProjectLayout layout, Builder builder) {
        this.layout = layout;
        this.builder = builder;
    }

    /** The id the current inputs would have, without building them: cheap, to tell whether anything changed. */
    public ReleaseId current() {
        return ReleaseId.of(layout);
    }

    /** The release of the inputs as they are now, built once for every replica. */
    public ReleaseId build() throws Refused {
        return builder.build();
    }

    /** The arguments of {@code kg serve} that make a replica serve {@code release}. */
    public List<String> serveArguments(ReleaseId release) {
        return List.of();
    }
}
