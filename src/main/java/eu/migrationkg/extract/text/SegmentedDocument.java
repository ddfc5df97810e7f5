package eu.migrationkg.extract.text;

import eu.migrationkg.sources.SourceDocument;
import java.util.List;

/**
 * A document cut into blocks and sentences. It stays referenced by the passages of the facts it gives,
 * so it holds offsets only; the plain words of a sentence are made when needed ({@link #plain}).
 */
public record SegmentedDocument(SourceDocument source, List<Block> blocks, List<Sentence> sentences,
                                CodePoints codePoints) {

    public String body() { return source.body(); }

    public PlainText plain(Sentence s) { return PlainText.of(source.body(), s.start(), s.end()); }

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
