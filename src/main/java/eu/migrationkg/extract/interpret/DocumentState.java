package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.recognise.AnalysedDocument;
import eu.migrationkg.extract.recognise.Mention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.sources.SourceDocument;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** What the interpreters of one document share: the passages, and the candidate made for each mention. */
public final class DocumentState {

    private final AnalysedDocument analysed;
    private final Extraction extraction;
    private final Map<Mention, Candidate> candidates = new IdentityHashMap<>();
    private final Map<Long, Passage> passages = new HashMap<>();

    public DocumentState(AnalysedDocument analysed, Extraction extraction) {
        this.analysed = analysed;
        this.extraction = extraction;
    }

    public AnalysedDocument analysed() { return analysed; }
    public SegmentedDocument document() { return analysed.document(); }
    public SourceDocument source() { return analysed.document().source(); }
    public Extraction extraction() { return extraction; }

    /** The passage that is this sentence. */
    public Passage passage(Sentence s) {
        return passage(s.start(), s.end(), s.passageType());
    }

    /** The passage that is this whole block. */
    public Passage passage(Block b) {
        return passage(b.start(), b.end(), b.kind().passageType());
    }

    /** The passage that is part of a sentence, e.g. one item of a list written inline. */
    public Passage passage(SentenceAnalysis s, int plainStart, int plainEnd) {
        return passage(s.plain().bodyStart(plainStart), s.plain().bodyEnd(plainEnd), "phrase");
    }

    public Passage passage(int start, int end, String type) {
        return passages.computeIfAbsent(((long) start << 32) | end, k -> new Passage(document(), start, end, type));
    }

    public Candidate candidateOf(Mention m) {
        return candidates.get(m);
    }

    public void bind(Mention m, Candidate c) {
        candidates.put(m, c);
    }
}
