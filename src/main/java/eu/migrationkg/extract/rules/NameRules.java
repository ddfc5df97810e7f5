package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shape of new names ({@code names.yaml}).
 *
 * @param heads          main words of names and the class and IRI kind of what they name
 * @param connectors     small words allowed between capitalised words of a name
 * @param openConnectors connectors after which a name may go on in lower case
 * @param notNameStart   capitalised words that never start a name
 */
public record NameRules(Map<String, Head> heads, Set<String> connectors, Set<String> openConnectors,
                        Set<String> notNameStart) {

    /** What a head word names. */
    public record Head(String type, String kind) {}

    public static final NameRules EMPTY = new NameRules(Map.of(), Set.of(), Set.of(), Set.of());

    static NameRules from(RuleNode root) throws SourceException {
        Map<String, Head> heads = new LinkedHashMap<>();
        for (var e : root.get("heads").entries().entrySet()) {
            heads.put(e.getKey(), new Head(e.getValue().get("class").text(), e.getValue().get("kind").text()));
        }
        return new NameRules(Map.copyOf(heads), Set.copyOf(root.get("connectors").texts()),
                Set.copyOf(root.get("openConnectors").texts()), Set.copyOf(root.get("notNameStart").texts()));
    }
}
