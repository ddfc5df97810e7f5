package eu.migrationkg.extract.recognise;

import eu.migrationkg.sources.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the words of statuses ({@code structure.yaml}: statuses), even inside names ("proposed Harbour Regulation"). */
public final class StatusRecogniser implements Recogniser {

    private final List<String> statuses = new ArrayList<>();
    private final List<PhraseSet> words = new ArrayList<>();

    public StatusRecogniser(Map<String, List<String>> statuses) {
        statuses.forEach((status, cues) -> {
            this.statuses.add(status);
            this.words.add(new PhraseSet(cues));
        });
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        for (int i = 0; i < statuses.size(); i++) {
            for (PhraseSet.Found f : words.get(i).findAll(s)) {
                s.add(new StatusMention(f.start(), f.end(), statuses.get(i), i));
            }
        }
    }
}
