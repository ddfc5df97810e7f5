package eu.migrationkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as precise as the sources give them: read back from literals, shown, placed on an axis and ordered. */
class PartialDateTest {

    private static PartialDate date(String s) {
        return PartialDate.fromLiteral(s).orElseThrow();
    }

    @Test
    void yearsMonthsAndDaysKeepTheirPrecision() {
        assertEquals("2026", date("2026").lexical());
        assertEquals("2026-06", date("2026-06").lexical());
        assertEquals("2026-06-12", date("2026-06-12").lexical());
        assertEquals("2026-06-12", date("2026-06-12T10:00:00Z").lexical(), "a dateTime by its date");
        assertEquals("2026", date("2026Z").lexical(), "a gYear with a time zone");
        assertEquals("2026", date("2026").display());
        assertEquals("June 2026", date("2026-06").display());
        assertEquals("12 June 2026", date("2026-06-12").display());
    }

    @Test
    void whatIsNotADateIsNone() {
        for (String s : List.of("", "June", "26", "2026-13", "2026-02-30", "2026-06-12junk", "20260612")) {
            assertEquals(Optional.empty(), PartialDate.fromLiteral(s), s);
        }
    }

    @Test
    void aYearComesBeforeItsMonthsAndAMonthBeforeItsDays() {
        List<PartialDate> sorted = List.of(date("2026-06-12"), date("2025-12-31"), date("2026"), date("2026-06")).stream()
                .sorted().toList();
        assertEquals(List.of("2025-12-31", "2026", "2026-06", "2026-06-12"), sorted.stream().map(PartialDate::lexical).toList());
    }

    @Test
    void theAxisPositionIsWhereThePeriodStarts() {
        assertEquals(2026.0, date("2026").position());
        assertEquals(2026.0, date("2026-01-01").position());
        assertEquals(2026 + 151 / 365.0, date("2026-06").position(), 1e-9);
        assertTrue(date("2026-12-31").position() < 2027);
    }

    @Test
    void whatExtractionWritesIsReadBackAsItWas() {
        for (PartialDate d : List.of(PartialDate.year(2026), PartialDate.of(java.time.YearMonth.of(2026, 6)),
                PartialDate.of(java.time.LocalDate.of(2026, 6, 12)))) {
            assertEquals(Optional.of(d), PartialDate.fromLiteral(d.literal().getLiteralLexicalForm()));
            assertEquals(d, PartialDate.parse(d.lexical()));
        }
    }
}
