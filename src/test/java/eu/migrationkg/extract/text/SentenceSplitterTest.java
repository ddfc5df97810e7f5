package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.rules.SegmentationRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SegmentationRules RULES = new SegmentationRules(Set.of("e.g."), Set.of("The", "With"),
            Set.of("LinkedIn"), 12);

    private static List<String> split(String body) {
        List<Block> blocks = new BlockSegmenter(RULES).blocks(body);
        return new SentenceSplitter(RULES, Set.of("January")).sentences(body, blocks).stream()
                .map(s -> body.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsFollowedByACapital() {
        assertEquals(List.of("One is here.", "Two follows, e.g. Frontex and others.", "It costs 27.3 million."),
                split("One is here. Two follows, e.g. Frontex and others. It costs 27.3 million."));
    }

    @Test
    void recoversBoundariesThatFlatteningRemoved() {
        assertEquals(List.of("respect of human rights.", "The EU acts on four main areas", "Improving borders.",
                        "Areas of action", "Pact on Asylum", "Rules in the EU", "Asylum in the EU"),
                split("respect of human rights.The EU acts on four main areas"
                        + "Improving borders.Areas of actionPact on AsylumRules in the EUAsylum in the EU"));
    }

    @Test
    void cutsNumbersAndDatesGluedToWords() {
        assertEquals(List.of("compared to 3 741 015 legal entries", "11.2 million workers (6% of all)", "385 445 crossings"),
                split("compared to 3 741 015 legal entries11.2 million workers (6% of all)385 445 crossings"));
        assertEquals(List.of("Latest news 30 January 2026", "10 projects on 30 January 2026", "Enhancing capacity"),
                split("Latest news 30 January 202610 projects on 30 January 2026Enhancing capacity"));
    }

    @Test
    void aSentenceOpenerAfterALowerCaseWordStartsANewSentence() {
        assertEquals(List.of("return and readmission attracting workers and skills", "The Commission also presented it."),
                split("return and readmission attracting workers and skills The Commission also presented it."));
    }

    @Test
    void keepsWordsWithInnerCapitalsAndPluralAcronymsWhole() {
        assertEquals(List.of("Follow us on LinkedIn and ask the SMEs today."),
                split("Follow us on LinkedIn and ask the SMEs today."));
    }

    @Test
    void eachLineIsABlockAndTheNumberOfANumberedHeadingStaysWithIt() {
        String body = "1. **Stepping up**\n\n- First item. Second sentence.\n";
        assertEquals(List.of("1. **Stepping up**", "- First item.", "Second sentence."), split(body));
    }
}
