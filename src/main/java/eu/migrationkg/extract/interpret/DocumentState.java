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
import eu.migrationkg.extract.rules.StructureRules;
import eu.migrationkg.sources.SourceDocument;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the interpreters of one document share: the passages, and the candidate made for each mention. */
public final class DocumentState {

    private final AnalysedDocument analysed;
    private final Extraction extraction;
    private final Map<Mention, Candidate> candidates = new IdentityHashMap<>();
    private final Map<Long, Passage> passages = new HashMap<>();
    private final Map<String, Candidate> lastByHead = new HashMap<>();
    private final Map<SentenceAnalysis, List<Placed>> entities = new IdentityHashMap<>();
    private final Set<Mention> used = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The main thing named in the sentence before, for "It ..." */
    Candidate previousMain;
    /** The strategy the document talks about now. */
    Candidate strategy;
    /** A list announced with a colon whose items are the numbered headings that follow. */
    PendingList pendingList;
    /** The priority (or other numbered item) whose bullets are being read, and how many bullets so far. */
    Candidate priority;
    int actions;
    /** True after a sentence ending with a colon under a priority: the bullets that follow are actions. */
    boolean actionsOpen;
    /** Who the sentence introducing the bullets says will act. */
    List<Candidate> leadInActors = List.of();
    /** The action of the bullet being read, or null. */
    Candidate action;

    /** A list whose items come in the next blocks. */
    record PendingList(Candidate owner, StructureRules.ListKind kind, int count, int[] seen, String listId) {}

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
        return passages.computeIfAbsent(((long) start << 32) | end, k -> new Passage(document().text(), start, end, type));
    }

    public void bind(Mention m, Candidate c) {
        candidates.put(m, c);
    }

    /** The things named in a sentence, in text order (empty before {@link EntityInterpreter} ran on it). */
    public List<Placed> entities(SentenceAnalysis s) {
        return entities.getOrDefault(s, List.of());
    }

    void entities(SentenceAnalysis s, List<Placed> placed) {
        entities.put(s, List.copyOf(placed));
    }

    /** The last candidate whose name has this head word ("Strategy"), for short forms. */
    public Candidate lastWithHead(String head) {
        return lastByHead.get(head);
    }

    public void rememberHead(String head, Candidate c) {
        lastByHead.put(head, c);
    }

    /** Marks a mention as spent by one interpreter (a date that is a date of issue is not a milestone). */
    public void use(Mention m) {
        used.add(m);
    }

    public boolean isUsed(Mention m) {
        return used.contains(m);
    }
}
