package eu.migrationkg.graph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One gzipped dump: its file name, the media type of what it decompresses to, its size and SHA-256, and
 * its bytes: held in memory when just made ({@link #of}), or left in the release's file and read when
 * asked ({@link #ofFile}), so that a served corpus's dumps never sit in the heap. Equal datasets give
 * equal bytes, so the checksum identifies the content.
 *
 * @param gzipped the bytes, or null when they are in {@code file}
 * @param file    the file holding the bytes, or null when they are in {@code gzipped}
 */
public record DumpFile(String name, String mediaType, byte[] gzipped, Path file, long size, String sha256) {

    public static final String GZIP = "application/gzip";

    public static DumpFile of(String name, String mediaType, byte[] gzipped) {
        return new DumpFile(name, mediaType, gzipped, null, gzipped.length,
                HexFormat.of().formatHex(newDigest().digest(gzipped)));
    }

    /** A dump written to {@code file}: its digest read once, by streaming, its bytes not kept. */
    public static DumpFile ofFile(String name, String mediaType, Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStreamNowhere.INSTANCE);
        }
        return new DumpFile(name, mediaType, null, file, Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }

    /** The bytes, from memory or from the file. */
    public InputStream open() throws IOException {
        return gzipped != null ? new ByteArrayInputStream(gzipped) : Files.newInputStream(file);
    }

    /** The bytes whole, for the few callers that need them at once (a test, a copy). */
    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump " + name, e);
        }
    }

    /** A line of a {@code SHA256SUMS} file, as {@code sha256sum -c} reads it. */
    public String checksumLine() {
        return sha256 + "  " + name + "\n";
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Where the bytes go while only their digest is wanted. */
    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override public void write(int b) { }
        @Override public void write(byte[] b, int off, int len) { }
    }
}
