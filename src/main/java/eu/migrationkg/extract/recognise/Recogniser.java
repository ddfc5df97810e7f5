package eu.migrationkg.extract.recognise;

import eu.migrationkg.sources.SourceDocument;

/**
 * A rule set that finds one sort of thing in a sentence. Recognisers run in a fixed order; a later one
 * leaves alone the text an earlier one has taken.
 */
public interface Recogniser {
    void recognise(SourceDocument doc, SentenceAnalysis sentence);
}
