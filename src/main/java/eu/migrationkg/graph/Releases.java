package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder of releases ({@code target/releases/}): one sub-folder per release, named by its id (and
 * by its base when that is not the default), each complete or absent, since a release is built under a
 * temporary name and renamed at the end. Lists, finds and prunes them; says whether an id is still kept
 * (so a link that names a release can answer 410 once it is gone).
 */
public final class Releases {

    /** Folders of releases still being written (or left by a build that died): never served, pruned. */
    static final String BUILDING_PREFIX = ".building-";

    private final Path dir;

    public Releases(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The folder name of the release {@code id} with IRIs under {@code base}. */
    public static String folderName(ReleaseId id, String base) {
        if (Iris.normaliseBase(base).equals(Iris.DEFAULT_BASE)) return id.value();
        byte[] h = ReleaseId.sha256().digest(Iris.normaliseBase(base).getBytes(StandardCharsets.UTF_8));
        return id.value() + "-" + HexFormat.of().formatHex(h, 0, 4);
    }

    /** The release built from these inputs with IRIs under {@code base}, if there is one. */
    public Optional<Release> find(ReleaseId id, String base) {
        return open(dir.resolve(folderName(id, base)));
    }

    /** The release named {@code nameOrId} (its folder name, or its id when only one release has it). */
    public Optional<Release> find(String nameOrId) {
        Optional<Release> byName = nameOrId.contains("/") || nameOrId.startsWith(".") ? Optional.empty()
                : open(dir.resolve(nameOrId));
        if (byName.isPresent()) return byName;
        List<Release> byId = list().stream().filter(r -> r.id().value().equals(nameOrId)).toList();
        return byId.size() == 1 ? Optional.of(byId.get(0)) : Optional.empty();
    }

    /** Whether a release with this id is still kept (not pruned). */
    public boolean isKept(ReleaseId id) {
        return list().stream().anyMatch(r -> r.id().equals(id));
    }

    /** Every complete release, newest build first. */
    public List<Release> list() {
        if (!Files.isDirectory(dir)) return List.of();
        List<Release> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> open(p).ifPresent(found::add));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the releases in " + dir, e);
        }
        found.sort(Comparator.comparing((Release r) -> r.manifest().built()).reversed()
                .thenComparing(Release::name));
        return found;
    }

    /**
     * Deletes all but the {@code keep} newest releases, never one named in {@code inUse}, and whatever
     * a build left half-written; returns the names deleted.
     */
    public List<String> prune(int keep, Set<String> inUse) {
        List<String> deleted = new ArrayList<>();
        List<Release> all = list();
        for (int i = 0; i < all.size(); i++) {
            Release r = all.get(i);
            if (i >= Math.max(keep, 1) && !inUse.contains(r.name())) {
                delete(r.folder());
                deleted.add(r.name());
            }
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith(BUILDING_PREFIX)).toList()) {
                    if (!ownedByALiveBuild(p)) delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the releases in " + dir, e);
            }
        }
        return deleted;
    }

    /** A half-written release whose name ends with the id of a process still running is someone's build. */
    private static boolean ownedByALiveBuild(Path building) {
        String name = building.getFileName().toString();
        int dash = name.lastIndexOf('-');
        try {
            long pid = Long.parseLong(name.substring(dash + 1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<Release> open(Path folder) {
        if (!Files.isRegularFile(folder.resolve(ReleaseManifest.FILE))) return Optional.empty();
        try {
            ReleaseManifest m = ReleaseManifest.read(folder);
            return Optional.of(new Release(m.releaseId(), folder, m));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
