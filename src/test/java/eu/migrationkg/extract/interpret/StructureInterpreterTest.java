package eu.migrationkg.extract.interpret;

import static eu.migrationkg.extract.Extracted.iri;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.Extracted;
import eu.migrationkg.extract.Terms;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructureInterpreterTest {

    private static final String RELEASE = """
            Commission presents a strategy

            Today, the Commission is presenting the first **Ocean Rescue Strategy**. It sets out its aims for the next three years.

            The Strategy pursues two main objectives: to **save lives** at sea, and to support coastal states.

            The Strategy focuses on two priorities:

            1. **Better search and rescue**

            We will:

            - Deploy the **Rescue Coordination Platform** under Regulation (EU) 2019/1896.
            - Support the Entry/Exit System as of March next year.

            2. **Safe ports**

            The Commission will, together with Member States, act by:

            - Opening ports with €40 million to the **Ocean Rescue Strategy**.
            """;

    private final Extracted x = Extracted.from(RELEASE);

    @Test
    void theStrategyIsPresentedByItsActorOnTheDayOfPublicationForAPeriod() {
        assertEquals(Set.of("ontology#Strategy"), x.objects("id/strategy/ocean-rescue-strategy", Terms.TYPE));
        assertEquals(Set.of("id/actor/european-commission"), x.objects("id/strategy/ocean-rescue-strategy", "adoptedBy"));
        assertEquals(Set.of("2026-01-29"), x.objects("id/strategy/ocean-rescue-strategy", Terms.ISSUED));
        assertEquals(Set.of("2026"), x.objects("id/strategy/ocean-rescue-strategy", "periodStart"));
        assertEquals(Set.of("2028"), x.objects("id/strategy/ocean-rescue-strategy", "periodEnd"));
    }

    @Test
    void inlineObjectivesAndNumberedPriorities() {
        assertEquals(Set.of("id/objective/save-lives-at-sea", "id/objective/support-coastal-states"),
                x.objects("id/strategy/ocean-rescue-strategy", "hasObjective"));
        assertEquals(Set.of("2"), x.objects("id/objective/support-coastal-states", "order"));
        assertEquals(Set.of("id/priority/better-search-and-rescue", "id/priority/safe-ports"),
                x.objects("id/strategy/ocean-rescue-strategy", "hasPriority"));
        assertEquals(Set.of("2"), x.objects("id/priority/safe-ports", "priorityNumber"));
        assertEquals(Set.of("Better search and rescue"), x.objects("id/priority/better-search-and-rescue", Terms.PREF_LABEL));
    }

    @Test
    void bulletsAreActionsWithTheActorsInstrumentsLegalActsAndDatesTheyName() {
        String a1 = "id/action/deploy-the-rescue-coordination-platform-under-regulation-eu-2019-1896";
        assertEquals(Set.of(a1, "id/action/support-the-entry-exit-system-as-of-march-next-year"),
                x.objects("id/priority/better-search-and-rescue", "hasAction"));
        assertEquals(Set.of("id/actor/european-commission"), x.objects(a1, "responsibleActor"), "'we' is the publisher");
        assertEquals(Set.of("id/instrument/rescue-coordination-platform"), x.objects(a1, "usesInstrument"));
        assertEquals(Set.of("id/legal-act/reg-2019-1896"), x.objects(a1, "legalBasis"));
        String a2 = "id/action/support-the-entry-exit-system-as-of-march-next-year";
        assertEquals(Set.of("id/instrument/entry-exit-system"), x.objects(a2, "usesInstrument"));
        String milestone = x.objects(a2, "hasMilestone").iterator().next();
        assertEquals(Set.of("2027-03"), x.objects(milestone, "date"));
        assertEquals(Set.of("as of March next year"), x.objects(milestone, "dateExpression"));
        assertEquals(Set.of("id/actor/european-commission", "id/actor/member-states"),
                x.objects("id/action/opening-ports-with-40-million-to-the-ocean-rescue-strategy", "responsibleActor"));
        String funding = "id/funding/doc-40-million-ocean-rescue-strategy";
        assertEquals(Set.of("40000000"), x.objects(funding, "amount"));
        assertEquals(Set.of("id/strategy/ocean-rescue-strategy"), x.objects(funding, "funds"));
    }

    @Test
    void eachFactIsInTheGraphOfThePassageThatStatesIt() {
        Set<String> where = x.statedIn("id/strategy/ocean-rescue-strategy", iri("ontology#adoptedBy"), "id/actor/european-commission");
        assertEquals(1, where.size());
        assertEquals(Set.of("id/passage/doc/" + eu.migrationkg.vocab.Iris.hash(
                "Today, the Commission is presenting the first **Ocean Rescue Strategy**.", 12)), where,
                "the graph of the sentence that states it, named by its words");
    }
}
