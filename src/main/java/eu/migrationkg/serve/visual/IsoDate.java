package eu.migrationkg.serve.visual;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: a year ({@code xsd:gYear}), a month ({@code xsd:gYearMonth})
 * or a day ({@code xsd:date}, or the date of an {@code xsd:dateTime}).
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when only the year or month is known
 */
public record IsoDate(int year, int month, int day) implements Comparable<IsoDate> {

    private static final Pattern LEXICAL = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?)?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    /** The date of a literal's lexical form, if it is one of the forms above. */
    public static Optional<IsoDate> parse(String lexical) {
        Matcher m = LEXICAL.matcher(lexical.strip());
        if (!m.matches()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (mo > 12 || (mo == 0 && d != 0)) return Optional.empty();
        if (d != 0) {
            try {
                LocalDate.of(y, mo, d);
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new IsoDate(y, mo, d));
    }

    /** The form of HTML's {@code <time datetime>}: {@code 2026}, {@code 2026-06} or {@code 2026-06-12}. */
    public String iso() {
        if (month == 0) return "%04d".formatted(year);
        if (day == 0) return "%04d-%02d".formatted(year, month);
        return "%04d-%02d-%02d".formatted(year, month, day);
    }

    /** For people: {@code 2026}, {@code June 2026}, {@code 12 June 2026}. */
    public String display() {
        if (month == 0) return Integer.toString(year);
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day == 0 ? name + " " + year : day + " " + name + " " + year;
    }

    /** Where the date starts on a time axis, in years: 2026.0 for 2026, about 2026.41 for June 2026. */
    public double position() {
        if (month == 0) return year;
        LocalDate start = LocalDate.of(year, month, day == 0 ? 1 : day);
        return year + (start.getDayOfYear() - 1) / (double) start.lengthOfYear();
    }

    /** Earlier first; a year before its months, a month before its days. */
    @Override
    public int compareTo(IsoDate o) {
        return iso().compareTo(o.iso());
    }
}
