package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shape of new names ({@code names.yaml}).
 *
 * @param heads          main words of names and the class and IRI kind of what they name
 * @param connectors     small words allowed between capitalised words of a name
 * @param openConnectors connectors after which a name may go on in lower case
 * @param notNameStart   capitalised words that never start a name
 * @param tails          known names that may close a new one ("Charter of Fundamental Rights of the European Union")
 * @param plainHeads     nouns in lower case that make a plain noun phrase a thing when an action or an amount
 *                       names it ("multi-purpose centres", "return hubs")
 * @param plainStops     words that end such a phrase on its left ("the establishment of return hubs")
 * @param plainMaxWords  at most this many words before the noun
 * @param shortFormDeterminers words (lower case) before a head word alone that make it a short form ("the Strategy")
 */
public record NameRules(Map<String, Head> heads, Set<String> connectors, Set<String> openConnectors,
                        Set<String> notNameStart, List<String> tails, Map<String, Head> plainHeads,
                        Set<String> plainStops, int plainMaxWords, Set<String> shortFormDeterminers) {

    /** What a head word names. */
    public record Head(String type, String kind) {}

    public static final NameRules EMPTY = new NameRules(Map.of(), Set.of(), Set.of(), Set.of(), List.of(), Map.of(),
            Set.of(), 0, Set.of());

    static NameRules from(RuleNode root) throws SourceException {
        Map<String, Head> heads = new LinkedHashMap<>();
        for (var e : root.get("heads").entries().entrySet()) {
            heads.put(e.getKey(), new Head(e.getValue().get("class").text(), e.getValue().get("kind").text()));
        }
        Map<String, Head> plain = new LinkedHashMap<>();
        for (var e : root.get("plainHeads").entries().entrySet()) {
            Head h = heads.get(e.getValue().text());
            if (h == null) throw e.getValue().problem("'" + e.getValue().text() + "' is not one of the heads above");
            plain.put(e.getKey(), h);
        }
        return new NameRules(Map.copyOf(heads), Set.copyOf(root.get("connectors").texts()),
                Set.copyOf(root.get("openConnectors").texts()), Set.copyOf(root.get("notNameStart").texts()),
                root.get("tails").texts(), Map.copyOf(plain), Set.copyOf(root.get("plainStops").texts()),
                root.get("plainMaxWords").integer(),
                root.find("shortFormDeterminers").isPresent()
                        ? Set.copyOf(root.get("shortFormDeterminers").texts().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())
                        : Set.of());
    }
}
