package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The identity of what a build publishes: a hash of every input (the files under {@code ontology/},
 * {@code data/} and {@code queries/}, by path and content) and of the code that reads them. The same
 * inputs give the same id on every machine, so a response stamped with it can be checked again, and
 * a change to any input (a source, a rule, a saved query, the code) gives a new one. Timestamps,
 * the machine and the order in which the file system lists files take no part.
 */
public record ReleaseId(String value) {

    /** Files that a build writes into {@code data/} itself: they follow from the inputs, they are not inputs. */
    private static final List<String> WRITTEN_BY_BUILD = List.of("data/register.tsv");
    /**
     * The bytes {@code kg add} kept as published: the build never reads them, and each source names its
     * original's digest ({@code sha256} in its front matter), so the source already says which bytes they are.
     */
    private static final String ORIGINALS = "data/originals/";

    public ReleaseId {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("a release id is not blank");
    }

    /** The id of what the repository at {@code layout} would publish with the running code. */
    public static ReleaseId of(ProjectLayout layout) {
        MessageDigest digest = inputsDigest(layout);
        digest.update(CodeVersion.HASH.getBytes(StandardCharsets.UTF_8));
        return new ReleaseId(HexFormat.of().formatHex(digest.digest(), 0, 8));
    }

    /**
     * A digest fed with every input file ({@link #inputs}), by path and content, each followed by a 0
     * byte: the part of the release id the data decide, which {@link DatasetVersion#ofData} states alone.
     */
    static MessageDigest inputsDigest(ProjectLayout layout) {
        MessageDigest digest = sha256();
        for (String input : inputs(layout)) {
            digest.update(input.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(layout.root().resolve(input)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input + " to identify the inputs", e);
            }
            digest.update((byte) 0);
        }
        return digest;
    }

    /** The repository's input files, as sorted paths relative to its root with '/' separators. */
    public static List<String> inputs(ProjectLayout layout) {
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(layout.ontologyDir(), layout.root().resolve("data"), layout.queriesDir())) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> layout.root().relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !WRITTEN_BY_BUILD.contains(p) && !p.startsWith(ORIGINALS))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + " to identify the release", e);
            }
        }
        Collections.sort(files);
        return files;
    }

    @Override
    public String toString() {
        return value;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * A hash of the project's compiled classes, by name and content (in a jar: each class's CRC-32 and size), read from wherever they were loaded
     * (the jar or the classes folder). Class files, unlike jar timestamps, are the same for the same code.
     */
    static final class CodeVersion {
        static final String HASH = compute();

        private CodeVersion() {}

        private static String compute() {
            MessageDigest digest = sha256();
            try {
                Path location = Path.of(ReleaseId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    List<Path> classes;
                    try (Stream<Path> walk = Files.walk(location.resolve("eu"))) {
                        classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                    }
                    for (Path c : classes) {
                        digest.update(location.relativize(c).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(c));
                    }
                } else {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        List<JarEntry> entries = jar.stream()
                                .filter(e -> e.getName().startsWith("eu/") && e.getName().endsWith(".class"))
                                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
                        // The jar's directory states each class's CRC-32 and size: read there, nothing is
                        // inflated, so a start does not pay for reading its own code twice (about 0.5 s).
                        for (JarEntry e : entries) {
                            digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
                            digest.update(java.nio.ByteBuffer.allocate(16).putLong(e.getCrc()).putLong(e.getSize()).array());
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Without its classes the code is identified by its version alone; the inputs still count.
                LoggerFactory.getLogger(ReleaseId.class).warn("release ids name the code by its version only: {}", e.toString());
                String v = ReleaseId.class.getPackage().getImplementationVersion();
                return "code:" + (v == null ? "unknown" : v);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
