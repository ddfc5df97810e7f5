package eu.migrationkg.extract.text;

import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.markdown.Markdown;
import java.util.Objects;

/**
 * A document's body with its code point offsets: all a passage needs to point into it. Its Markdown
 * is read once, when first needed, and kept with it, so every sentence's plain words come from the
 * same parse.
 */
public final class SourceText {

    private final SourceDocument source;
    private final CodePoints codePoints;
    private volatile Markdown markdown;

    public SourceText(SourceDocument source, CodePoints codePoints) {
        this.source = source;
        this.codePoints = codePoints;
    }

    public SourceDocument source() { return source; }

    public CodePoints codePoints() { return codePoints; }

    public String body() { return source.body(); }

    /** The body read as Markdown (one parse per document; a race only parses twice, the same way). */
    public Markdown markdown() {
        Markdown m = markdown;
        if (m == null) markdown = m = Markdown.of(body());
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceText t && source.equals(t.source) && codePoints.equals(t.codePoints);
    }

    @Override
    public int hashCode() { return Objects.hash(source, codePoints); }

    @Override
    public String toString() { return "SourceText[source=" + source + ", codePoints=" + codePoints + "]"; }
}
