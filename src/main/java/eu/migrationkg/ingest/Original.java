package eu.migrationkg.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A document's bytes as published, before any conversion: what is kept under {@code data/originals/}.
 *
 * @param shown      the file or URL, as named in messages
 * @param fileName   the last segment of its path or URL (for its extension), possibly empty
 * @param mediaType  the Content-Type the server sent (without parameters), empty for a file
 * @param fetchedFrom the final URL after redirects, for a fetched document
 */
public record Original(byte[] bytes, String shown, String fileName, String mediaType, Optional<URI> fetchedFrom) {

    /** What the bytes are: {@code html}, {@code pdf} or {@code text}. Bad input is refused with what to do. */
    public String format() throws IngestException {
        String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean pdfBytes = bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new IngestException(shown + ": is empty; nothing to add (check the file or address)");
        }
        if (pdfBytes) return "pdf";
        if (ext.equals("pdf") || mediaType.equals("application/pdf")) {
            throw new IngestException(shown + ": is named a PDF but does not start like one (%PDF-); download it again");
        }
        if (binary()) {
            throw new IngestException(shown + ": is binary data, not a web page, PDF or text; add the document as "
                    + "HTML, PDF or UTF-8 text");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || ext.equals("html")
                || ext.equals("htm") || ext.equals("xhtml") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return "html";
        }
        if (mediaType.isEmpty() || mediaType.startsWith("text/") || ext.equals("txt") || ext.equals("md")) return "text";
        throw new IngestException(shown + ": is " + mediaType + ", not a web page, PDF or text; add the document "
                + "as HTML, PDF or UTF-8 text");
    }

    /** NUL bytes, or many control characters, in the first 8 KB: not text. */
    private boolean binary() {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control * 20 > n;
    }
}
