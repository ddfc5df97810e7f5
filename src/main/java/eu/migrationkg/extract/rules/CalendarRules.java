package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of the calendar ({@code calendar.yaml}): month names, expressions relative to the date a
 * document was published, duration units, and the words that make a date a deadline.
 *
 * @param months           month words as written ("January", "Jan") and their number
 * @param relative         "today", "this year", "next year"...: a unit and an offset from publication
 * @param monthAnchors     "this year", "next year" after a month name ("March next year"): years offset
 * @param durationUnits    "year", "years", "month"...: the unit they count
 * @param comingPeriod     words before a duration that make it start at publication ("the next")
 * @param yearPrepositions words before a bare year that make it a date ("in 2023")
 * @param milestoneCues    words before a date that make it a deadline or start date ("as of", "by")
 * @param ordinalSuffixes  letters after a day's number ("1st", "22nd")
 * @param spanOpenings     words that open a span of years in words ("from", "between")
 * @param spanJoins        words between its two years ("to", "and")
 */
public record CalendarRules(Map<String, Integer> months, Map<String, Relative> relative,
                            Map<String, Integer> monthAnchors, Map<String, String> durationUnits,
                            List<String> comingPeriod, List<String> yearPrepositions, List<String> milestoneCues,
                            List<String> ordinalSuffixes, List<String> spanOpenings, List<String> spanJoins) {

    /** An expression relative to the publication date: {@code unit} is day, month or year. */
    public record Relative(String unit, int offset) {}

    public static final CalendarRules EMPTY = new CalendarRules(Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public Set<String> monthNames() {
        return months.keySet();
    }

    static CalendarRules from(RuleNode root) throws SourceException {
        Map<String, Integer> months = new LinkedHashMap<>();
        for (var e : root.get("months").entries().entrySet()) {
            int m = e.getValue().integer();
            if (m < 1 || m > 12) throw e.getValue().problem("a month number is between 1 and 12, not " + m);
            months.put(e.getKey(), m);
        }
        Map<String, Relative> relative = new LinkedHashMap<>();
        for (var e : root.get("relative").entries().entrySet()) {
            RuleNode r = e.getValue();
            String unit = r.get("unit").text();
            if (!Set.of("day", "month", "year").contains(unit)) {
                throw r.get("unit").problem("unit must be day, month or year, not '" + unit + "'");
            }
            relative.put(e.getKey(), new Relative(unit, r.get("offset").integer()));
        }
        Map<String, Integer> anchors = new LinkedHashMap<>();
        for (var e : root.get("monthAnchors").entries().entrySet()) anchors.put(e.getKey(), e.getValue().integer());
        Map<String, String> units = new LinkedHashMap<>();
        for (var e : root.get("durationUnits").entries().entrySet()) {
            String unit = e.getValue().text();
            if (!Set.of("month", "year").contains(unit)) {
                throw e.getValue().problem("a duration unit is month or year, not '" + unit + "'");
            }
            units.put(e.getKey(), unit);
        }
        return new CalendarRules(Map.copyOf(months), Map.copyOf(relative), Map.copyOf(anchors), Map.copyOf(units),
                root.get("comingPeriod").texts(), root.get("yearPrepositions").texts(), root.get("milestoneCues").texts(),
                root.get("ordinalSuffixes").texts(), root.get("yearSpans").get("openings").texts(),
                root.get("yearSpans").get("joins").texts());
    }
}
