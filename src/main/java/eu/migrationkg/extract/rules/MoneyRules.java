package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How amounts of money are written ({@code money.yaml}).
 *
 * @param currencies     symbols, codes and words, and the currency code each stands for
 * @param authority      namespace of the Publications Office currency table
 * @param lowerBound     words before an amount that make it a minimum
 * @param recipientWords words after an amount that introduce what it goes to
 * @param sourceWords    words after an amount that introduce what it comes from
 * @param ownerWords     words between a thing and its amount ("Facility of €2 billion")
 */
public record MoneyRules(Map<String, String> currencies, String authority, List<String> lowerBound,
                         List<String> recipientWords, List<String> sourceWords, List<String> ownerWords) {

    public static final MoneyRules EMPTY = new MoneyRules(Map.of(), "", List.of(), List.of(), List.of(), List.of());

    static MoneyRules from(RuleNode root) throws SourceException {
        Map<String, String> currencies = new LinkedHashMap<>();
        for (var e : root.get("currencies").entries().entrySet()) {
            String code = e.getValue().text();
            if (!code.matches("[A-Z]{3}")) throw e.getValue().problem("a currency code is three capitals (ISO 4217), not '" + code + "'");
            currencies.put(e.getKey(), code);
        }
        return new MoneyRules(Map.copyOf(currencies), root.get("currencyAuthority").text(),
                root.get("lowerBound").texts(), root.get("recipientWords").texts(), root.get("sourceWords").texts(),
                root.get("ownerWords").texts());
    }
}
