package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.List;
import java.util.Set;

/**
 * How statistics are written ({@code statistics.yaml}).
 *
 * @param minimumPlainNumber a bare number below this is not a statistic
 * @param percent            signs and words of a percentage
 * @param comparison         words that compare a number with the one before
 * @param people             nouns counting people (unit "people")
 * @param measureSkip        words that open a measure but are not part of it
 * @param measurePrepositions words after which a number belongs to the measure ("aged 20-64", "in 2023")
 * @param shareOf            measure of a percentage in brackets after a figure: {counted}, {whole}
 */
public record StatisticRules(long minimumPlainNumber, List<String> percent, List<String> comparison, Set<String> people,
                             Set<String> measureSkip, List<String> measurePrepositions, String shareOf) {

    public static final StatisticRules EMPTY = new StatisticRules(Long.MAX_VALUE, List.of(), List.of(), Set.of(), Set.of(),
            List.of(), "{whole}");

    static StatisticRules from(RuleNode root) throws SourceException {
        return new StatisticRules(root.get("minimumPlainNumber").integer(), root.get("percent").texts(),
                root.get("comparison").texts(), Set.copyOf(root.get("people").texts()),
                Set.copyOf(root.get("measureSkip").texts()), root.get("measurePrepositions").texts(),
                root.get("shareOf").text());
    }
}
