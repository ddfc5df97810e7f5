package eu.migrationkg.extract.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.Extracted;
import eu.migrationkg.sources.SourceException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Money, dates, statistics and statuses, each stated in the passage that says it. */
class FactInterpretersTest {

    @Test
    void theMoneysPeriodMayComeFromTheSentenceBeforeWhichThenBelongsToItsPassage() {
        String body = "Funding follows the Budget Framework 2028-2034. This includes at least €81 billion to the "
                + "Talent Pool and EUR 2.5 billion.";
        Extracted x = Extracted.from(body);
        String f = "id/funding/doc-at-least-81-billion-talent-pool";
        assertEquals(Set.of("81000000000"), x.objects(f, "amount"));
        assertEquals(Set.of("http://publications.europa.eu/resource/authority/currency/EUR"), x.objects(f, "currency"));
        assertEquals(Set.of("true"), x.objects(f, "isLowerBound"));
        assertEquals(Set.of("2028"), x.objects(f, "periodStart"));
        assertEquals(Set.of("2034"), x.objects(f, "periodEnd"));
        assertEquals(Set.of("id/instrument/talent-pool"), x.objects(f, "funds"));
        assertEquals(Set.of("id/passage/doc/" + eu.migrationkg.vocab.Iris.hash(body, 12)), x.statedIn(f, Extracted.mig("amount"), "81000000000"),
                "both sentences state it");
        assertEquals(Set.of(), x.objects("id/funding/doc-eur-2-5-billion", "isLowerBound"));
    }

    @Test
    void moneyToAnActorHasItAsRecipient() {
        Extracted x = Extracted.from("The Union gives €200 million to Member States for the Harbour Observatory.");
        assertEquals(Set.of("id/actor/member-states"), x.objects("id/funding/doc-200-million-member-states", "recipient"));
    }

    @Test
    void milestonesConcernTheNearestThingAndPastOrCuelessDatesAreNot() {
        Extracted x = Extracted.from("Brussels, 29 January 2026\n\nThe Commission will set up the Harbour Observatory this year. "
                + "The Entry/Exit System started last year.\n");
        Set<String> milestones = x.ofType("Milestone");
        assertEquals(1, milestones.size(), milestones.toString());
        String m = milestones.iterator().next();
        assertEquals(Set.of("2026"), x.objects(m, "date"));
        assertEquals(Set.of("id/instrument/harbour-observatory"), x.objects(m, "concerns"));
    }

    @Test
    void aDateThatDoesNotExistIsReportedWithItsLineAndLeftOut() {
        Extracted x = Extracted.from("First line.\nThe Harbour Observatory opens by 30 February 2027.\n");
        assertEquals(1, x.result.problems().size());
        SourceException p = x.result.problems().get(0);
        assertEquals(10, p.line(), "the body starts on line 9 of the file");
        assertTrue(p.getMessage().contains("30 February 2027"), p.getMessage());
        assertTrue(x.ofType("Milestone").isEmpty());
        assertTrue(!x.ofType("Observatory").isEmpty(), "the rest of the sentence is still read");
    }

    @Test
    void statisticsWithTheirReferencePeriodAndSource() {
        Extracted x = Extracted.from("385 445 Irregular border crossings registered in 2023, compared to 3 741 015 legal entries");
        String s = "id/statistic/doc-3-741-015-legal-entries";
        assertEquals(Set.of("3741015"), x.objects(s, "value"));
        assertEquals(Set.of("entries"), x.objects(s, "unit"));
        assertEquals(Set.of("2023"), x.objects(s, "referenceYear"), "compared to: the same year");
        assertEquals(Set.of("id/source/doc"), x.objects(s, eu.migrationkg.extract.Terms.SOURCE));
    }

    @Test
    void theMostAdvancedStatusWins() {
        Extracted x = Extracted.from("Based on the proposed Return Regulation, currently under negotiation.");
        assertEquals(Set.of("ontology#underNegotiation"), x.objects("id/legal-act/com-2025-101", "status"));
    }
}
