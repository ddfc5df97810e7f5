package eu.migrationkg.extract;

import eu.migrationkg.extract.emit.FactEmitter;
import eu.migrationkg.extract.interpret.DocumentInterpreter;
import eu.migrationkg.extract.recognise.AnalysedDocument;
import eu.migrationkg.extract.recognise.KnownNameRecogniser;
import eu.migrationkg.extract.recognise.SeenNames;
import eu.migrationkg.extract.recognise.SentenceRecognisers;
import eu.migrationkg.extract.resolve.EntityResolver;
import eu.migrationkg.extract.resolve.ListAligner;
import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.extract.text.BlockSegmenter;
import eu.migrationkg.extract.text.DocumentSegmenter;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.extract.text.SentenceSplitter;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;

/**
 * From document text to triples. The steps, each a class of its own:
 * <ol>
 *   <li>segmentation ({@link DocumentSegmenter}): blocks and sentences as offsets into the unchanged body;</li>
 *   <li>recognition ({@link SentenceRecognisers}): names, legal references, amounts, dates, statistics...;</li>
 *   <li>interpretation ({@link DocumentInterpreter}): candidates and the facts linking them, each fact
 *       with the passage that states it;</li>
 *   <li>entity resolution ({@link EntityResolver}): one resource per real thing, across documents;</li>
 *   <li>emission ({@link FactEmitter}): quads in the graph of each passage.</li>
 * </ol>
 * Everything particular to documents or their language lives in the reference data and in
 * {@code data/extraction/}, never here.
 */
public final class ExtractionPipeline {

    private final DocumentSegmenter segmenter;
    private final SentenceRecognisers recognisers;
    private final DocumentInterpreter interpreter;
    private final EntityResolver resolver;
    private final FactEmitter emitter;
    private Consumer<SourceDocument> onDocument = d -> { };

    /**
     * Documents this process has segmented and recognised so far (a document taken from the
     * {@link AnalysisCache} is not counted): how tests see that extraction ran, or did not.
     */
    private static final AtomicLong DOCUMENTS_READ = new AtomicLong();

    public static long documentsRead() {
        return DOCUMENTS_READ.get();
    }

    /** Times this process has run extraction over a corpus, whatever the cache gave: zero while releases are only opened. */
    private static final AtomicLong RUNS = new AtomicLong();

    public static long runs() {
        return RUNS.get();
    }

    private AnalysisCache cache;
    private String rulesKey;

    /**
     * Keeps each document's analysis in {@code cache} under {@code rulesKey} (a hash of everything
     * besides the document that shapes it) and takes it from there when the document has not changed.
     */
    public ExtractionPipeline cachingIn(AnalysisCache cache, String rulesKey) {
        this.cache = cache;
        this.rulesKey = rulesKey;
        return this;
    }

    /** Tells {@code listener} of each document as extraction starts on it (a long build's progress). */
    public ExtractionPipeline onDocument(Consumer<SourceDocument> listener) {
        this.onDocument = listener;
        return this;
    }

    public ExtractionPipeline(Iris iris, ReferenceData reference, ExtractionRules rules) {
        Terms terms = new Terms(iris);
        this.segmenter = new DocumentSegmenter(new BlockSegmenter(rules.segmentation()),
                new SentenceSplitter(rules.segmentation(), rules.calendar().monthNames()));
        this.recognisers = SentenceRecognisers.standard(iris, reference, rules);
        this.interpreter = new DocumentInterpreter(terms, reference, rules);
        this.resolver = new EntityResolver(iris, List.of(new ListAligner(terms)));
        this.emitter = new FactEmitter(iris, terms);
    }

    public ExtractionResult run(List<SourceDocument> documents) {
        List<Quad> quads = new ArrayList<>();
        Extraction ex = new Extraction();
        Resolution resolution = run(documents, ex, quads::add);
        return new ExtractionResult(quads, resolution, List.copyOf(ex.problems()));
    }

    /** Runs every step, handing the quads to {@code out} (a benchmark counts them instead of keeping them). */
    public Resolution run(List<SourceDocument> documents, Extraction ex, Consumer<Quad> out) {
        RUNS.incrementAndGet();
        List<AnalysedDocument> analysed = new ArrayList<>(documents.size());
        for (SourceDocument doc : documents) {
            onDocument.accept(doc);
            AnalysedDocument kept = cache == null ? null : cache.get(rulesKey, doc);
            if (kept != null) {
                analysed.add(kept);
                continue;
            }
            DOCUMENTS_READ.incrementAndGet();
            try {
                SegmentedDocument seg = segmenter.segment(doc);
                AnalysedDocument a = recognisers.analyse(seg);
                if (cache != null) cache.put(rulesKey, doc, a);
                analysed.add(a);
            } catch (RuntimeException e) {
                ex.problem(failure(doc, e));
            }
        }
        SentenceRecognisers.again(new KnownNameRecogniser(SeenNames.gazetteer(analysed), KnownNameRecogniser.SEEN), analysed);
        for (int i = 0; i < analysed.size(); i++) {
            AnalysedDocument a = analysed.get(i);
            analysed.set(i, null); // what the sentences held is not needed once read: let it go
            int[] mark = ex.mark();
            try {
                interpreter.interpret(a, ex);
            } catch (RuntimeException e) {
                ex.rollback(mark);
                ex.problem(failure(a.document().source(), e));
            }
        }
        Resolution resolution = resolver.resolve(ex);
        emitter.emit(ex, resolution, out);
        return resolution;
    }

    /** A defect of extraction itself must not take the other documents down; it is reported like bad input. */
    private static SourceException failure(SourceDocument doc, RuntimeException e) {
        return new SourceException(doc.file(), 0, "extraction stopped on this document (" + e + "); it is left out");
    }
}
