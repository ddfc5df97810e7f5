package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.rules.ExtractionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueAndStatusRecogniserTest {

    private static final ExtractionRules RULES = ExtractionFixture.rules();
    private static final CueRecogniser CUES = new CueRecogniser(RULES.structure(), new NumberReader(RULES.numbers()));
    private static final StatusRecogniser STATUSES = new StatusRecogniser(RULES.structure().statuses());

    @Test
    void listAnnouncementsWithTheirCountAndColon() {
        List<ListCueMention> l = Sentences.found("It achieves three main objectives: to act, and five priorities",
                ListCueMention.class, CUES);
        assertEquals(2, l.size());
        assertEquals(3, l.get(0).count());
        assertEquals("objective", l.get(0).kind().name());
        assertTrue(l.get(0).colon());
        assertEquals("priority", l.get(1).kind().name());
        assertTrue(!l.get(1).colon());
    }

    @Test
    void wordsThatRelateThings() {
        SentenceAnalysis s = Sentences.analyse("It also requires the Commission, which is presenting it, based on what we said.", CUES);
        assertEquals(List.of(CueMention.Cue.PRONOUN, CueMention.Cue.LEGAL_BASIS_VERB, CueMention.Cue.PRESENTATION,
                        CueMention.Cue.LEGAL_BASIS_BEFORE, CueMention.Cue.PUBLISHER),
                s.all(CueMention.class).stream().map(CueMention::cue).toList());
    }

    @Test
    void statusWordsInLifeCycleOrder() {
        List<StatusMention> st = Sentences.found("the proposed act, currently under negotiation, after the adoption of the pool",
                StatusMention.class, STATUSES);
        assertEquals(List.of("proposed", "underNegotiation", "adopted"), st.stream().map(StatusMention::status).toList());
        assertTrue(st.get(0).rank() < st.get(1).rank() && st.get(1).rank() < st.get(2).rank());
    }
}
