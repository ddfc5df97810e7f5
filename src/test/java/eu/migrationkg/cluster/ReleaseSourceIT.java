package eu.migrationkg.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.graph.ReleaseStore;
import eu.migrationkg.graph.Releases;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each replica of a cluster serves its own copy of the release the cluster built once. */
class ReleaseSourceIT {

    private static final String BASE = "http://localhost:3040/";

    @Test
    void eachReplicaGetsItsOwnCopyAndKeepsOnlyTheReleaseItServes(@TempDir Path dir) throws Exception {
        ProjectLayout layout = new ProjectLayout(TestProject.copyTo(dir.resolve("project")));
        ReleaseSource source = new ReleaseSource(layout, dir.resolve("replicas"), () -> RunningServer.release(layout, BASE));
        ReleaseId first = source.build();
        assertEquals(ReleaseId.of(layout), first);

        List<String> s1 = source.serveArguments("s1", first);
        List<String> s2 = source.serveArguments("s2", first);
        Release copy1 = served(s1);
        Release copy2 = served(s2);
        assertEquals(first, copy1.id());
        assertEquals(first, copy2.id());
        assertNotEquals(copy1.folder(), copy2.folder(), "no two replicas share a folder");
        Release built = new Releases(layout.releasesDir()).find(first, BASE).orElseThrow();
        assertFalse(copy1.folder().startsWith(layout.releasesDir()), "the built release itself is served by nobody");
        assertEquals(files(built.folder()), files(copy1.folder()), "a whole copy");
        // Both copies open at once (TDB2 would refuse a second opening of one folder by another process).
        try (ReleaseStore a = ReleaseStore.open(copy1); ReleaseStore b = ReleaseStore.open(copy2)) {
            assertEquals(built.manifest().count("triples"), a.tripleCount());
            long union = org.apache.jena.system.Txn.calculateRead(b.dataset(), () -> (long) b.dataset().getDefaultGraph().size());
            assertEquals(a.tripleCount(), union, "the copy holds the whole union");
        }

        Files.writeString(layout.root().resolve("data/curated/actors.ttl"), "\n# a new release\n", StandardOpenOption.APPEND);
        ReleaseId second = source.build();
        assertNotEquals(first, second);
        Release moved = served(source.serveArguments("s1", second));
        assertEquals(second, moved.id());
        assertEquals(List.of(moved.folder()), children(source.releasesOf("s1")), "the copy s1 served before is gone");
        assertEquals(List.of(copy2.folder()), children(source.releasesOf("s2")), "s2 keeps its copy until it moves");

        assertThrows(IOException.class, () -> source.serveArguments("s3", new ReleaseId("0123456789abcdef")),
                "a release the cluster did not build is refused");
    }

    /** The release {@code kg serve} would open with these arguments. */
    private static Release served(List<String> args) {
        assertEquals("--releases-dir", args.get(0));
        assertEquals("--release", args.get(2));
        return new Releases(Path.of(args.get(1))).find(args.get(3)).orElseThrow();
    }

    private static List<Path> children(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> !p.endsWith("tdb.lock")).sorted().toList();
        }
    }
}
