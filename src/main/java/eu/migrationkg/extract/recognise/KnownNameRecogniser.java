package eu.migrationkg.extract.recognise;

import eu.migrationkg.sources.SourceDocument;

/** Finds the names of a {@link Gazetteer}: curated resources, or names met elsewhere in the corpus. */
public final class KnownNameRecogniser implements Recogniser {

    /** Rule names, for explanations. */
    public static final String CURATED = "curated-label";
    public static final String SEEN = "name-seen-elsewhere";

    private final Gazetteer gazetteer;
    private final String rule;

    public KnownNameRecogniser(Gazetteer gazetteer, String rule) {
        this.gazetteer = gazetteer;
        this.rule = rule;
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        if (gazetteer.size() == 0) return;
        for (Gazetteer.Match m : gazetteer.find(s.text(), s.words(), s.normals())) {
            if (s.taken(m.start(), m.end())) continue;
            Gazetteer.Entry e = m.entry();
            s.add(new EntityMention(m.start(), m.end(), m.wording(), e.kind(), e.type(), e.known(), null, rule));
        }
    }
}
