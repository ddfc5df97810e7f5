package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How legal acts are cited and identified ({@code legal-references.yaml}).
 *
 * @param references patterns with the groups year and number, and a type group or a fixed type
 * @param types      per type: class, ELI segment, CELEX sector and letter code, label template (or null:
 *                   the citation as written)
 * @param eli        template of an ELI ({eli}, {year}, {number})
 * @param cellar     template of a CELEX resource in Cellar ({celex})
 */
public record LegalReferenceRules(List<Reference> references, Map<String, ActType> types, String eli, String cellar) {

    public record Reference(Pattern pattern, String fixedType) {}

    public record ActType(String type, String eliSegment, String celexSector, String celexType, String label) {}

    public static final LegalReferenceRules EMPTY = new LegalReferenceRules(List.of(), Map.of(), "", "");

    static LegalReferenceRules from(RuleNode root) throws SourceException {
        Map<String, ActType> types = new LinkedHashMap<>();
        for (var e : root.get("types").entries().entrySet()) {
            RuleNode t = e.getValue();
            types.put(e.getKey(), new ActType(t.get("class").text(), t.get("eli").text(), t.get("celexSector").text(),
                    t.get("celexType").text(), t.find("label").isPresent() ? t.get("label").text() : null));
        }
        List<Reference> refs = new ArrayList<>();
        for (RuleNode r : root.get("references").items()) {
            Pattern p = r.get("pattern").pattern(0);
            String fixed = r.find("type").isPresent() ? r.get("type").text() : null;
            String groups = p.pattern();
            if (!groups.contains("(?<year>") || !groups.contains("(?<number>")) {
                throw r.get("pattern").problem("a reference pattern needs the groups (?<year>...) and (?<number>...)");
            }
            if (fixed == null && !groups.contains("(?<type>")) {
                throw r.get("pattern").problem("a reference pattern needs a group (?<type>...) or a 'type:'");
            }
            if (fixed != null && !types.containsKey(fixed)) {
                throw r.get("type").problem("unknown type '" + fixed + "' (known: " + String.join(", ", types.keySet()) + ")");
            }
            refs.add(new Reference(p, fixed));
        }
        return new LegalReferenceRules(List.copyOf(refs), Map.copyOf(types), root.get("eli").text(),
                root.get("cellar").text());
    }
}
