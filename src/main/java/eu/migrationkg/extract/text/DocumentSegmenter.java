package eu.migrationkg.extract.text;

import eu.migrationkg.sources.SourceDocument;
import java.util.List;

/** Step 1 of extraction: blocks and sentences, as offsets into the unchanged body. */
public final class DocumentSegmenter {

    private final BlockSegmenter blocks;
    private final SentenceSplitter sentences;

    public DocumentSegmenter(BlockSegmenter blocks, SentenceSplitter sentences) {
        this.blocks = blocks;
        this.sentences = sentences;
    }

    public SegmentedDocument segment(SourceDocument doc) {
        String body = doc.body();
        List<Block> bs = blocks.blocks(body);
        List<Sentence> ss = sentences.sentences(body, bs);
        return new SegmentedDocument(new SourceText(doc, CodePoints.of(body)), bs, ss);
    }
}
