package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.recognise.EntityMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;

/** Turns every name found in a sentence into a candidate, mentioned in that sentence. */
public final class EntityInterpreter {

    public void interpret(DocumentState state, SentenceAnalysis s) {
        Passage p = state.passage(s.sentence());
        Extraction ex = state.extraction();
        for (EntityMention m : s.all(EntityMention.class)) {
            Candidate c = m.isKnown()
                    ? ex.known(m.kind(), m.known(), m.label(), p)
                    : ex.candidate(m.kind(), m.type(), m.label(), p);
            if (m.acronym() != null) c.acronym(m.acronym());
            state.bind(m, c);
        }
    }
}
