package eu.migrationkg.extract.text;

import eu.migrationkg.sources.SourceDocument;

/** A document's body with its code point offsets: all a passage needs to point into it. */
public record SourceText(SourceDocument source, CodePoints codePoints) {

    public String body() { return source.body(); }
}
