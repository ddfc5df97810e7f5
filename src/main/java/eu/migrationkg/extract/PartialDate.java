package eu.migrationkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A date as precise as the text gives it: a day ({@code xsd:date}), a month ({@code xsd:gYearMonth}) or a
 * year ({@code xsd:gYear}). Extraction mints it; pages read it back from the graph's literals
 * ({@link #fromLiteral}) to show it and place it on a time axis.
 *
 * @param year  the year
 * @param month 1-12, or 0 when only the year is known
 * @param day   1-31, or 0 when only the year or month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern LITERAL = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?)?)?(?:Z|[+-]\\d{2}:\\d{2})?");

    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }
    public static PartialDate of(YearMonth m) { return new PartialDate(m.getYear(), m.getMonthValue(), 0); }
    public static PartialDate year(int y) { return new PartialDate(y, 0, 0); }

    /** The lexical form, also HTML's {@code <time datetime>}: {@code 2026}, {@code 2026-06} or {@code 2026-06-12}. */
    public String lexical() {
        if (month == 0) return String.format("%04d", year);
        if (day == 0) return String.format("%04d-%02d", year, month);
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    public Node literal() {
        XSDDatatype type = month == 0 ? XSDDatatype.XSDgYear : day == 0 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return NodeFactory.createLiteralDT(lexical(), type);
    }

    public static Node gYear(int year) {
        return year(year).literal();
    }

    /**
     * The date of a literal's lexical form ({@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:date}, or
     * the date of an {@code xsd:dateTime}, a time zone allowed), if it is one and a real date.
     */
    public static Optional<PartialDate> fromLiteral(String lexical) {
        Matcher m = LITERAL.matcher(lexical.strip());
        if (!m.matches()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (mo > 12 || (mo == 0 && d != 0)) return Optional.empty();
        if (d != 0) {
            try {
                LocalDate.of(y, mo, d);
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PartialDate(y, mo, d));
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

    /** Parses the lexical form back (one this record wrote). */
    public static PartialDate parse(String lexical) {
        String[] p = lexical.split("-");
        return new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }

    /** Earlier first; a year before its months, a month before its days. */
    @Override
    public int compareTo(PartialDate o) {
        return lexical().compareTo(o.lexical());
    }
}
