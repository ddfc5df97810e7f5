package eu.migrationkg.sources;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata block at the top of a source file. The required keys describe every document; the
 * optional ones ({@code identifier}, {@code modified}) appear when the publisher gives them; {@code id}
 * fixes the key the document's IRIs are made from (see {@code SourceReader}).
 */
public record FrontMatter(
        String title,
        String publisher,
        LocalDate published,
        Optional<LocalDate> modified,
        URI url,
        String kind,
        String language,
        Optional<String> identifier,
        Map<String, Integer> keyLines,
        Optional<String> id) {

    public static final java.util.List<String> REQUIRED =
            java.util.List.of("title", "publisher", "published", "url", "kind", "language");
    /**
     * {@code id}: the document's stable key, which its IRIs are made from (its file name when written by
     * {@code ./kg add}); {@code original}, {@code sha256}: where the bytes as published are kept and their digest.
     */
    public static final java.util.List<String> OPTIONAL =
            java.util.List.of("identifier", "modified", "id", "original", "sha256");

    /** Without an {@code id}: the document is keyed by its identifier or file name. */
    public FrontMatter(String title, String publisher, LocalDate published, Optional<LocalDate> modified, URI url,
                       String kind, String language, Optional<String> identifier, Map<String, Integer> keyLines) {
        this(title, publisher, published, modified, url, kind, language, identifier, keyLines, Optional.empty());
    }

    /** The line of a key in the file, for messages about its value. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
