package eu.migrationkg.cluster;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReleaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where the release a replica serves comes from. {@link #build()} builds the release of the current
 * inputs once, in the cluster's process ({@code target/releases/<id>/}, through the same SHACL gate as
 * {@code kg serve}), so that a release that would be refused never reaches a replica. Each replica then
 * opens a copy of its own ({@code <copies>/<replica>/<release>/}, made by {@link #serveArguments}) with
 * {@code kg serve --release}: TDB2 locks a database for the process that opens it, and Jena 6 has no
 * read-only mode that lets several processes share one, so replicas never share a folder. A replica
 * keeps only the copy it serves; the one it served before is deleted when it moves on.
 */
public final class ReleaseSource {

    /** Builds the release of the current inputs (or finds it built); refuses with the problems printed. */
    @FunctionalInterface
    public interface Builder {
        Release build() throws Refused;
    }

    /** The inputs do not make a release that may be served (the builder has said why). */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private static final String COPYING_PREFIX = ".copying-";

    private final ProjectLayout layout;
    private final Path copies;
    private final Builder builder;
    private final Map<ReleaseId, Release> built = new ConcurrentHashMap<>();

    /** {@code copies}: the folder holding one folder of releases per replica. */
    public ReleaseSource(ProjectLayout layout, Path copies, Builder builder) {
        this.layout = layout;
        this.copies = copies.toAbsolutePath().normalize();
        this.builder = builder;
    }

    /** The id the current inputs would have, without building them: cheap, to tell whether anything changed. */
    public ReleaseId current() {
        return ReleaseId.of(layout);
    }

    /** The release of the inputs as they are now, built once for every replica. */
    public ReleaseId build() throws Refused {
        Release release = builder.build();
        built.put(release.id(), release);
        return release.id();
    }

    /** The folder of releases of {@code replica}: its copy of the release it serves, nothing else. */
    public Path releasesOf(String replica) {
        return copies.resolve(replica);
    }

    /**
     * The arguments of {@code kg serve} that make {@code replica} serve {@code release}, after giving it
     * its own copy of the release (and deleting the copy it served before). Called while the replica is
     * stopped.
     */
    public List<String> serveArguments(String replica, ReleaseId release) throws IOException {
        Release source = built.get(release);
        if (source == null) throw new IOException("release " + release + " was not built by this cluster");
        Path dir = releasesOf(replica);
        Files.createDirectories(dir);
        Path copy = dir.resolve(source.name());
        try (Stream<Path> s = Files.list(dir)) {
            for (Path other : s.filter(p -> !p.equals(copy)).toList()) delete(other);
        }
        if (!Files.isRegularFile(copy.resolve(eu.migrationkg.graph.ReleaseManifest.FILE))) {
            delete(copy);
            Path tmp = dir.resolve(COPYING_PREFIX + source.name());
            copyTree(source.folder(), tmp);
            Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE);
        }
        return List.of("--releases-dir", dir.toString(), "--release", source.name(), "--keep", "1");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    // The lock names the process that held the database; a copy starts unlocked.
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
