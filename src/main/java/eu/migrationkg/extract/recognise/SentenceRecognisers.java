package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.List;

/** Step 2 of extraction: runs the recognisers, in order, over every sentence of a document. */
public final class SentenceRecognisers {

    private final List<Recogniser> recognisers;

    public SentenceRecognisers(List<Recogniser> recognisers) {
        this.recognisers = List.copyOf(recognisers);
    }

    /**
     * The recognisers of the project, most specific first: legal citations, curated names, new names,
     * money, dates, statistics (after money and dates, which take their numbers), statuses and cue words.
     */
    public static SentenceRecognisers standard(Iris iris, ReferenceData reference, ExtractionRules rules) {
        NumberReader numbers = new NumberReader(rules.numbers());
        return new SentenceRecognisers(List.of(
                new LegalReferenceRecogniser(rules.legalReferences(), reference),
                new KnownNameRecogniser(CuratedNames.gazetteer(iris, reference), KnownNameRecogniser.CURATED),
                new NameRecogniser(rules.names()),
                new MoneyRecogniser(rules.money(), numbers),
                new DateRecogniser(rules.calendar(), numbers),
                new StatisticRecogniser(rules.statistics(), numbers),
                new StatusRecogniser(rules.structure().statuses()),
                new CueRecogniser(rules.structure(), numbers)));
    }

    /** Runs one more recogniser over analysed documents, e.g. names first met in another document. */
    public static void again(Recogniser r, List<AnalysedDocument> docs) {
        for (AnalysedDocument d : docs) {
            for (SentenceAnalysis s : d.sentences()) {
                int before = s.mentions().size();
                r.recognise(d.document().source(), s);
                if (s.mentions().size() > before) s.sort();
                s.compact();
            }
        }
    }

    public AnalysedDocument analyse(SegmentedDocument doc) {
        List<SentenceAnalysis> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            SentenceAnalysis a = new SentenceAnalysis(s, doc.markdown());
            for (Recogniser r : recognisers) r.recognise(doc.source(), a);
            a.sort();
            a.compact();
            out.add(a);
        }
        return new AnalysedDocument(doc, out);
    }
}
