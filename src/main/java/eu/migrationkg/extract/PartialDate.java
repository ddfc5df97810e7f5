package eu.migrationkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A date as precise as the text gives it: a day ({@code xsd:date}), a month ({@code xsd:gYearMonth}) or a
 * year ({@code xsd:gYear}).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }
    public static PartialDate of(YearMonth m) { return new PartialDate(m.getYear(), m.getMonthValue(), 0); }
    public static PartialDate year(int y) { return new PartialDate(y, 0, 0); }

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

    /** Parses the lexical form back. */
    public static PartialDate parse(String lexical) {
        String[] p = lexical.split("-");
        return new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }

    @Override
    public int compareTo(PartialDate o) {
        return lexical().compareTo(o.lexical());
    }
}
