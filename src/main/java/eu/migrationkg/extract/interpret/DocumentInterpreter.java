package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.AnalysedDocument;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.ExtractionRules;

/** Step 3 of extraction: reads the analysed sentences of a document in order and states facts. */
public final class DocumentInterpreter {

    private final EntityInterpreter entities;

    public DocumentInterpreter(EntityInterpreter entities) {
        this.entities = entities;
    }

    public static DocumentInterpreter standard(Terms terms, ReferenceData reference, ExtractionRules rules) {
        return new DocumentInterpreter(new EntityInterpreter());
    }

    public void interpret(AnalysedDocument doc, Extraction ex) {
        DocumentState state = new DocumentState(doc, ex);
        for (SentenceAnalysis s : doc.sentences()) {
            entities.interpret(state, s);
        }
    }
}
