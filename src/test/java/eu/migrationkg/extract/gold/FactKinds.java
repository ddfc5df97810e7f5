package eu.migrationkg.extract.gold;

import java.util.List;
import java.util.Map;

/**
 * Which kind of fact a relation states, for a report that does not let the many easy facts hide the
 * few hard ones. Relational facts link two things the text relates (who acts, on which legal basis,
 * money and what it funds, a deadline and what it is for, words and who said them); everything else
 * (types, mentions, order, numbers, labels, identifiers, dates and amounts as values, the document's
 * own lists) is structural.
 */
public final class FactKinds {

    public static final String STRUCTURAL = "structural";
    public static final String RELATIONAL = "relational";

    /** The relational kinds, in the order of the report, with their relations as the gold writes them. */
    public static final Map<String, List<String>> RELATIONAL_KINDS = Map.of(
            "actor-action", List.of("mig:responsibleActor", "mig:adoptedBy"),
            "instrument-legal act", List.of("mig:usesInstrument", "mig:legalBasis", "mig:partOf"),
            "money-recipient-source", List.of("mig:funds", "mig:recipient", "mig:fundedFrom"),
            "milestone-subject", List.of("mig:concerns", "mig:hasMilestone"),
            "quote-speaker", List.of("mig:speaker", "mig:speakerRole", "org:holds"));

    public static final List<String> ORDER = List.of("actor-action", "instrument-legal act", "money-recipient-source",
            "milestone-subject", "quote-speaker");

    private FactKinds() {}

    /** The relational kind of a relation, or null when the fact is structural. */
    public static String relationalKind(String relation) {
        for (var e : RELATIONAL_KINDS.entrySet()) if (e.getValue().contains(relation)) return e.getKey();
        return null;
    }

    public static String group(String relation) {
        return relationalKind(relation) == null ? STRUCTURAL : RELATIONAL;
    }
}
