package eu.migrationkg.extract;

import eu.migrationkg.extract.text.SourceText;

/**
 * Characters of a source that state something: the unit of provenance. Its IRI (made by the emitter from its
 * document and its words, never its offsets) is also the name of the graph holding what it states. Offsets are char indices into the body; the IRI and the selectors use
 * code points, as Web Annotation requires.
 *
 * @param type the value of {@code mig:passageType}: heading, list-item, sentence, quote, phrase...
 */
public record Passage(SourceText document, int start, int end, String type) {

    public String sourceName() { return document.source().name(); }

    public String text() { return document.body().substring(start, end); }

    public int codePointStart() { return document.codePoints().at(start); }

    public int codePointEnd() { return document.codePoints().at(end); }

    /** The 1-based line of the source file where the passage starts. */
    public int line() { return document.source().lineAt(start); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passage p && p.start == start && p.end == end && p.document == document;
    }

    @Override
    public int hashCode() { return 31 * (31 * System.identityHashCode(document) + start) + end; }
}
