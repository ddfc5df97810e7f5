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

    private static ProjectLayout withoutSourceText;

    /**
     * A copy of the repository (under target/test-projects/) whose documents keep their front matter but
     * not their text, so nothing is extracted from them: for tests whose fixtures stand in for what
     * extraction makes of the sources. Made once per test run.
     */
    public static synchronized ProjectLayout withoutSourceText() {
        if (withoutSourceText != null) return withoutSourceText;
        try {
            Path dir = layout().root().resolve("target/test-projects/without-source-text");
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            Path root = copyTo(dir);
            leaveOutSourceText(root);
            withoutSourceText = new ProjectLayout(root);
            return withoutSourceText;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts every document of a project copy after its front matter. */
    public static void leaveOutSourceText(Path root) throws IOException {
        try (Stream<Path> sources = Files.list(root.resolve("data/sources"))) {
            for (Path p : sources.toList()) {
                String text = Files.readString(p);
                Files.writeString(p, text.substring(0, text.indexOf("\n---", 3) + 5) + "\n");
            }
        }
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
