package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository under test and small helpers shared by tests. */
public final class TestProject {
    private TestProject() {}

    /** The repository itself: Maven runs tests from its root. */
    public static ProjectLayout layout() {
        return ProjectLayout.discover(Path.of(System.getProperty("kg.projectDir", "")));
    }

    /**
     * A copy of the repository's content (ontology/, data/, queries/) in a folder of its own, for tests
     * that add or break files. Returns the copy's root.
     */
    public static Path copyTo(Path dir) throws IOException {
        Path root = dir.resolve("project");
        for (String part : new String[] {"ontology", "data", "queries"}) {
            Path from = layout().root().resolve(part);
            if (!Files.isDirectory(from)) continue;
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path target = root.resolve(part).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
        }
        Files.createDirectories(root.resolve("data/curated"));
        Files.createDirectories(root.resolve("data/sources"));
        return root;
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
