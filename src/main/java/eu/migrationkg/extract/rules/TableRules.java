package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How tables state facts ({@code tables.yaml}).
 *
 * @param columns   a column header in lower case and what its cells state: legalBasis, responsibleActor, milestone
 * @param separator the character between cells
 */
public record TableRules(Map<String, String> columns, char separator) {

    public static final Set<String> STATES = Set.of("legalBasis", "responsibleActor", "milestone");
    public static final TableRules EMPTY = new TableRules(Map.of(), '|');

    static TableRules from(RuleNode root) throws SourceException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (var e : root.get("columns").entries().entrySet()) {
            String what = e.getValue().text();
            if (!STATES.contains(what)) throw e.getValue().problem("a column states one of " + STATES + ", not '" + what + "'");
            columns.put(e.getKey().toLowerCase(Locale.ROOT), what);
        }
        String sep = root.get("cellSeparator").text();
        if (sep.length() != 1) throw root.get("cellSeparator").problem("the cell separator is one character");
        return new TableRules(Map.copyOf(columns), sep.charAt(0));
    }
}
