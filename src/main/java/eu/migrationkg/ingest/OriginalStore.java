package eu.migrationkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code data/originals/}: each added document's bytes as published, named as its source
 * ({@code NAME.html}, {@code NAME.pdf}, {@code NAME.txt}), so that a passage can be traced to the bytes
 * it was read from; the source's front matter records the path and the SHA-256.
 */
public final class OriginalStore {

    private final Path root;

    public OriginalStore(Path projectRoot) {
        this.root = projectRoot;
    }

    public Path folder() {
        return root.resolve("data").resolve("originals");
    }

    /** The path, relative to the project, where the original of {@code name} in {@code format} is kept. */
    public String relativePath(String name, String format) {
        return "data/originals/" + name + "." + (format.equals("text") ? "txt" : format);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Originals of {@code name} kept before, in any format. */
    public List<Path> existing(String name) throws IOException {
        if (!Files.isDirectory(folder())) return List.of();
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + ".") && f.indexOf('.') == name.length();
            }).sorted().toList();
        }
    }

    /** Writes the bytes whole or not at all (a temporary file moved into place). */
    public Path write(String relativePath, byte[] bytes) throws IOException {
        Path target = root.resolve(relativePath);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".add-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
