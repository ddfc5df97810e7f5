package eu.migrationkg.extract.recognise;

import java.util.List;

/**
 * The gazetteer of new names found by their shape anywhere in the corpus, with the acronyms given with
 * them, so that a later bare "HSS" or a repeated name in another document is found too.
 */
public final class SeenNames {
    private SeenNames() {}

    public static Gazetteer gazetteer(List<AnalysedDocument> docs) {
        Gazetteer g = new Gazetteer();
        for (AnalysedDocument d : docs) {
            for (SentenceAnalysis s : d.sentences()) {
                for (Mention m : s.mentions()) {
                    if (m instanceof EntityMention e && !e.isKnown()) {
                        g.add(new Gazetteer.Entry(e.label(), e.kind(), e.type(), null));
                        if (e.acronym() != null) g.add(new Gazetteer.Entry(e.acronym(), e.kind(), e.type(), null));
                    }
                }
            }
        }
        return g;
    }
}
