package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.ShownText;
import java.util.List;

/**
 * Where a fact is stated: the sentence of a source document (its text, a link to it in the document
 * and the document), or, for curated facts, the official page that states them.
 *
 * @param text     the sentence as the source stores it (Markdown), or null when only a page is known
 * @param href     where to read it: the passage in its document, or the official page
 * @param document the source document, or null
 */
public record SourceSentence(String text, String href, Ref document) {

    /** True when the fact has a sentence of its own; false when only the page stating it is known. */
    public boolean isSentence() {
        return text != null;
    }

    /** The sentence as a reader sees it. */
    public List<ShownText.Run> shown() {
        return text == null ? List.of() : ShownText.runs(text);
    }

    /** The official page's address, shortened for display. */
    public String pageText() {
        String s = href.replaceFirst("^https?://", "");
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }
}
