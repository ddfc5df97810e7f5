package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.ExtractionFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameRecogniserTest {

    private static final NameRecogniser NAMES = new NameRecogniser(ExtractionFixture.rules().names());

    private static List<String> names(String text) {
        SentenceAnalysis s = Sentences.analyse(text, NAMES);
        return s.all(EntityMention.class).stream().map(e -> e.label() + "|" + e.type() + "|" + e.acronym()).toList();
    }

    @Test
    void capitalisedWordsBeforeAHeadWordAreANameOfItsClass() {
        assertEquals(List.of("European Critical Communication System|InformationSystem|null",
                        "Entry/Exit System|InformationSystem|EES"),
                names("The European Critical Communication System and the Entry/Exit System (EES) work."));
    }

    @Test
    void aNameGoesOnAfterAConnector() {
        assertEquals(List.of("Pact on Migration and Asylum|Package|null", "Forum on AI in migration|Forum|null",
                        "Global Alliance to Counter Migrant Smuggling|Alliance|null"),
                names("The Pact on Migration and Asylum sets up a Forum on AI in migration. "
                        + "The Global Alliance to Counter Migrant Smuggling meets."));
    }

    @Test
    void aHeadWordAloneAfterTheIsAShortForm() {
        SentenceAnalysis s = Sentences.analyse("The Strategy reaffirms it; a strategy and Strategy alone are not.", NAMES);
        assertEquals(List.of(), s.all(EntityMention.class));
        List<ShortFormMention> f = s.all(ShortFormMention.class);
        assertEquals(1, f.size());
        assertEquals("Strategy", f.get(0).head());
        assertEquals("strategy", f.get(0).kind());
    }

    @Test
    void sentenceOpenersAndLowerCaseHeadsAreNotNames() {
        assertEquals(List.of("Talent Partnerships|Partnership|null"),
                names("Following the system, we launch new Talent Partnerships and a common European system."));
    }
}
