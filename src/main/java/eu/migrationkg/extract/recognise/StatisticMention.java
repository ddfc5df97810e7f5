package eu.migrationkg.extract.recognise;

import java.math.BigDecimal;

/**
 * A number with what it counts: "412 300 Visitors registered in 2024".
 *
 * @param unit          "people", "percent", or the counted noun ("crossings")
 * @param measure       what is measured, in the document's words, without the reference year
 * @param year          the reference year the text gives, or 0
 * @param comparedToPrevious "compared to ...": it shares the reference period of the number before
 */
public record StatisticMention(int start, int end, BigDecimal value, String unit, String measure, int year,
                               boolean comparedToPrevious) implements Mention {}
