package eu.migrationkg.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.Extracted;
import eu.migrationkg.extract.Merge;
import eu.migrationkg.extract.Terms;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListAlignerTest {

    private static final String RELEASE = """
            Today, the Commission is presenting the **Harbour Strategy**.

            The Strategy focuses on three priorities:

            1. **Safer ports for all**

            2. **Green shipping lanes**

            3. **Modern harbour administration**
            """;

    private static final String PAGE = "The Harbour Strategy identifies three priorities better security in ports green "
            + "shipping lanes digital paperwork The Commission also said more.";

    @Test
    void aRunOnListIsCutAtKnownWordingsAndItsOtherItemsJoinByPosition() {
        Extracted x = Extracted.from(Extracted.document("a-release", RELEASE), Extracted.document("b-page", PAGE));
        String strategy = "id/strategy/harbour-strategy";
        assertEquals(Set.of("id/priority/safer-ports-for-all", "id/priority/green-shipping-lanes",
                "id/priority/modern-harbour-administration"), x.objects(strategy, "hasPriority"),
                "three priorities, not six");
        assertEquals(Set.of("better security in ports"), x.objects("id/priority/safer-ports-for-all", Terms.ALT_LABEL));
        assertEquals(Set.of("digital paperwork"), x.objects("id/priority/modern-harbour-administration", Terms.ALT_LABEL));
        assertEquals(Set.of(), x.objects("id/priority/green-shipping-lanes", Terms.ALT_LABEL), "same wording, no altLabel");
        assertEquals(2, x.objects("id/priority/safer-ports-for-all", "mentionedIn").size(), "both passages");
        Resolution.Group g = x.result.resolution().group(Extracted.iri("id/priority/safer-ports-for-all").getURI()).orElseThrow();
        List<String> rules = x.result.resolution().mergesOf(g).stream().map(Merge::rule).toList();
        assertEquals(List.of("list-position"), rules);
    }

    @Test
    void whenTheCountDoesNotComeOutNothingIsGuessed() {
        Extracted x = Extracted.from(Extracted.document("a-release", RELEASE), Extracted.document("b-page",
                "The Harbour Strategy identifies three priorities green shipping lanes and more The end."));
        assertEquals(3, x.objects("id/strategy/harbour-strategy", "hasPriority").size());
        assertTrue(x.objects("id/priority/safer-ports-for-all", Terms.ALT_LABEL).isEmpty());
    }

    @Test
    void similarityCountsSharedLongerWords() {
        assertEquals(1.0, ListAligner.similarity("Strong EU borders", "strong EU borders"));
        assertEquals(0.5, ListAligner.similarity("green shipping lanes", "greener shipping lanes"), 0.01);
        assertEquals(0.0, ListAligner.similarity("attracting workers and skills", "Labour and talent mobility"));
    }
}
