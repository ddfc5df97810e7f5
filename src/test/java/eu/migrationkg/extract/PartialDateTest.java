package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as precise as the sources give them: parsed, shown, placed on an axis and ordered. */
class IsoDateTest {

    private static IsoDate date(String s) {
        return IsoDate.parse(s).orElseThrow();
    }

    @Test
    void yearsMonthsAndDaysKeepTheirPrecision() {
        assertEquals("2026", date("2026").iso());
        assertEquals("2026-06", date("2026-06").iso());
        assertEquals("2026-06-12", date("2026-06-12").iso());
        assertEquals("2026-06-12", date("2026-06-12T10:00:00Z").iso(), "a dateTime by its date");
        assertEquals("2026", date("2026Z").iso(), "a gYear with a time zone");
        assertEquals("2026", date("2026").display());
        assertEquals("June 2026", date("2026-06").display());
        assertEquals("12 June 2026", date("2026-06-12").display());
    }

    @Test
    void whatIsNotADateIsNone() {
        for (String s : List.of("", "June", "26", "2026-13", "2026-02-30", "2026-06-12junk", "20260612")) {
            assertEquals(Optional.empty(), IsoDate.parse(s), s);
        }
    }

    @Test
    void aYearComesBeforeItsMonthsAndAMonthBeforeItsDays() {
        List<IsoDate> sorted = List.of(date("2026-06-12"), date("2025-12-31"), date("2026"), date("2026-06")).stream()
                .sorted().toList();
        assertEquals(List.of("2025-12-31", "2026", "2026-06", "2026-06-12"), sorted.stream().map(IsoDate::iso).toList());
    }

    @Test
    void theAxisPositionIsWhereThePeriodStarts() {
        assertEquals(2026.0, date("2026").position());
        assertEquals(2026.0, date("2026-01-01").position());
        assertEquals(2026 + 151 / 365.0, date("2026-06").position(), 1e-9);
        assertTrue(date("2026-12-31").position() < 2027);
    }
}
