package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of strategies and who acts ({@code structure.yaml}).
 *
 * @param lists             announced lists: the nouns that announce them and what their items are
 * @param presentationVerbs verbs by which an actor presents or adopts something
 * @param publisherPronouns words by which a document speaks for its publisher
 * @param pronouns          sentence openers that refer to the main thing of the sentence before
 * @param legalBasisBefore  words before a legal act that make it a legal basis
 * @param legalBasisVerbs   verbs after a legal act that make it the legal basis of what follows
 * @param statuses          status concept (local name) and its words, in life-cycle order
 * @param statusMaxDistance how far (characters) a status word reaches
 * @param statusDateCues    words right before a date that make it the date a status holds from
 *                          ("adopted on 12 March 2027")
 * @param listJoins         words that may join the last item of a list run into a sentence ("and")
 */
public record StructureRules(List<ListKind> lists, List<String> presentationVerbs, Set<String> publisherPronouns,
                             Set<String> pronouns, List<String> legalBasisBefore, List<String> legalBasisVerbs,
                             Map<String, List<String>> statuses, int statusMaxDistance,
                             List<String> statusDateCues, List<String> listJoins) {

    /** A kind of list a strategy announces. */
    public record ListKind(String name, List<String> nouns, String type, String kind, String property,
                           String numberProperty) {}

    public static final StructureRules EMPTY = new StructureRules(List.of(), List.of(), Set.of(), Set.of(), List.of(),
            List.of(), Map.of(), 0, List.of(), List.of());

    static StructureRules from(RuleNode root) throws SourceException {
        List<ListKind> lists = new ArrayList<>();
        for (var e : root.get("lists").entries().entrySet()) {
            RuleNode l = e.getValue();
            lists.add(new ListKind(e.getKey(), l.get("nouns").texts(), l.get("class").text(), l.get("kind").text(),
                    l.get("property").text(), l.find("numberProperty").isPresent() ? l.get("numberProperty").text() : null));
        }
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        for (var e : root.get("statuses").entries().entrySet()) statuses.put(e.getKey(), e.getValue().texts());
        return new StructureRules(List.copyOf(lists), root.get("presentationVerbs").texts(),
                Set.copyOf(root.get("publisherPronouns").texts()), Set.copyOf(root.get("pronouns").texts()),
                root.get("legalBasisBefore").texts(), root.get("legalBasisVerbs").texts(),
                java.util.Collections.unmodifiableMap(statuses), root.get("statusMaxDistance").integer(),
                root.find("statusDateCues").isPresent() ? root.get("statusDateCues").texts() : List.of(),
                root.find("listJoins").isPresent() ? root.get("listJoins").texts() : List.of());
    }
}
