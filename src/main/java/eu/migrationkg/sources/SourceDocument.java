package eu.migrationkg.sources;

import java.nio.file.Path;

/**
 * One document as stored: its metadata and its body, the original text unchanged. Offsets used for
 * provenance count characters of {@link #body()}; {@link #bodyLine()} maps the body back to the file.
 *
 * @param name      the document's key, which its IRIs are made from: the front matter's {@code id}, else its
 *                  {@code identifier} as a slug, else the file name without {@code .md}
 * @param file      where it was read from
 * @param meta      the front matter
 * @param body      the text after the front matter, byte for byte as published
 * @param bodyLine  1-based line of the file on which the body starts
 */
public record SourceDocument(String name, Path file, FrontMatter meta, String body, int bodyLine) {

    /** The 1-based line of the file that holds the body character at {@code offset}. */
    public int lineAt(int offset) {
        int line = bodyLine;
        int end = Math.min(offset, body.length());
        for (int i = 0; i < end; i++) {
            if (body.charAt(i) == '\n') line++;
        }
        return line;
    }
}
