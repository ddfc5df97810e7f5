package eu.migrationkg.extract.text;

import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.markdown.Markdown;
import eu.migrationkg.sources.markdown.PlainText;
import java.util.List;

/**
 * A document cut into blocks and sentences, as offsets; the plain words of a sentence are made when
 * needed ({@link #plain}). Passages keep only its {@link SourceText}.
 */
public record SegmentedDocument(SourceText text, List<Block> blocks, List<Sentence> sentences) {

    public SourceDocument source() { return text.source(); }

    public String body() { return text.body(); }

    public CodePoints codePoints() { return text.codePoints(); }

    /** The body read as Markdown, once per document. */
    public Markdown markdown() { return text.markdown(); }

    public PlainText plain(Sentence s) { return markdown().plain(s.start(), s.end()); }

    /** The sentences of one block, in order. */
    public List<Sentence> sentencesOf(Block b) {
        int from = firstSentenceOf(b);
        int to = from;
        while (to < sentences.size() && sentences.get(to).block().index() == b.index()) to++;
        return sentences.subList(from, to);
    }

    private int firstSentenceOf(Block b) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).block().index() < b.index()) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
