package eu.migrationkg.graph;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One gzipped dump, held whole: its file name, the media type of what it decompresses to, the gzip
 * bytes and their SHA-256. Equal datasets give equal bytes, so the checksum identifies the content.
 */
public record DumpFile(String name, String mediaType, byte[] gzipped, String sha256) {

    public static final String GZIP = "application/gzip";

    public static DumpFile of(String name, String mediaType, byte[] gzipped) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(gzipped);
            return new DumpFile(name, mediaType, gzipped, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public long size() {
        return gzipped.length;
    }

    /** A line of a {@code SHA256SUMS} file, as {@code sha256sum -c} reads it. */
    public String checksumLine() {
        return sha256 + "  " + name + "\n";
    }
}
