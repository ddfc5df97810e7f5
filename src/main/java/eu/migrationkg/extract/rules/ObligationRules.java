package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.List;
import java.util.Set;

/**
 * How obligations are worded ({@code obligations.yaml}).
 *
 * @param modals         words after an actor that make what follows its obligation ("must", "shall")
 * @param invitations    words before an actor that do so, as written ("INVITES", "CALLS ON")
 * @param operatingVerbs verbs by which the bound actor sets up or runs the instrument named after them
 * @param articles       small words between such a verb and the instrument
 * @param dateSuffixes   words after a date that belong to its expression ("onwards")
 */
public record ObligationRules(List<String> modals, List<String> invitations, List<String> operatingVerbs,
                              Set<String> articles, List<String> dateSuffixes) {

    public static final ObligationRules EMPTY = new ObligationRules(List.of(), List.of(), List.of(), Set.of(), List.of());

    static ObligationRules from(RuleNode root) throws SourceException {
        return new ObligationRules(root.get("modals").texts(), root.get("invitations").texts(),
                root.get("operatingVerbs").texts(), Set.copyOf(root.get("articles").texts()),
                root.get("dateSuffixes").texts());
    }
}
