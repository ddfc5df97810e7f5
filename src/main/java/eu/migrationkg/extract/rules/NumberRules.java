package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How numbers are written ({@code numbers.yaml}).
 *
 * @param words           numbers written as words ("five")
 * @param scales          words that multiply a number ("billion")
 * @param groupSeparators characters grouping digits by thousands
 * @param decimalMark     the decimal mark
 */
public record NumberRules(Map<String, Integer> words, Map<String, BigDecimal> scales, List<String> groupSeparators,
                          String decimalMark) {

    public static final NumberRules EMPTY = new NumberRules(Map.of(), Map.of(), List.of(), ".");

    static NumberRules from(RuleNode root) throws SourceException {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (var e : root.get("numberWords").entries().entrySet()) words.put(e.getKey(), e.getValue().integer());
        Map<String, BigDecimal> scales = new LinkedHashMap<>();
        for (var e : root.get("scales").entries().entrySet()) {
            try {
                scales.put(e.getKey(), new BigDecimal(e.getValue().text().strip()));
            } catch (NumberFormatException x) {
                throw e.getValue().problem("'" + e.getValue().text() + "' is not a number");
            }
        }
        RuleNode mark = root.get("decimalMark");
        if (mark.text().length() != 1) throw mark.problem("the decimal mark is one character");
        return new NumberRules(Map.copyOf(words), Map.copyOf(scales), root.get("groupSeparators").texts(), mark.text());
    }
}
