package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.extract.text.PlainText;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.List;

/** Step 2 of extraction: runs the recognisers, in order, over every sentence of a document. */
public final class SentenceRecognisers {

    private final List<Recogniser> recognisers;

    public SentenceRecognisers(List<Recogniser> recognisers) {
        this.recognisers = List.copyOf(recognisers);
    }

    /** The recognisers of the project, most specific first. */
    public static SentenceRecognisers standard(Iris iris, ReferenceData reference, ExtractionRules rules) {
        return new SentenceRecognisers(List.of(
                new KnownNameRecogniser(CuratedNames.gazetteer(iris, reference), "curated-label")));
    }

    public AnalysedDocument analyse(SegmentedDocument doc) {
        List<SentenceAnalysis> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            PlainText plain = doc.plain(s);
            SentenceAnalysis a = new SentenceAnalysis(s, plain, Tokens.words(plain.text()));
            for (Recogniser r : recognisers) r.recognise(doc.source(), a);
            a.sort();
            out.add(a);
        }
        return new AnalysedDocument(doc, out);
    }
}
