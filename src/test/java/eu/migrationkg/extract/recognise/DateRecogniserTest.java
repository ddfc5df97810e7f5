package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.rules.ExtractionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRecogniserTest {

    private static final ExtractionRules RULES = ExtractionFixture.rules();
    private static final DateRecogniser DATES = new DateRecogniser(RULES.calendar(), new NumberReader(RULES.numbers()));

    private static List<String> dates(String text) {
        return Sentences.found(text, DateMention.class, DATES).stream().map(d -> d.date().lexical()).toList();
    }

    @Test
    void absoluteDatesKeepThePrecisionWritten() {
        assertEquals(List.of("2027-10-01", "2026-01-29", "2026-03-04", "2026-01", "2023"),
                dates("Operational from 1 October 2027, signed 29/01/2026, info day 04Mar2026, presented in January 2026, registered in 2023."));
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        SentenceAnalysis s = Sentences.analyse("Borders apply as of June this year; the Forum meets next year and today.", DATES);
        List<DateMention> d = s.all(DateMention.class);
        assertEquals(List.of("2026-06", "2027", "2026-01-29"), d.stream().map(x -> x.date().lexical()).toList());
        assertEquals("as of June this year", s.text().substring(d.get(0).cueStart(), d.get(0).end()));
        assertEquals("as of", d.get(0).cue());
        assertTrue(d.get(1).relative());
        assertNull(d.get(2).cue());
    }

    @Test
    void rangesAndDurations() {
        SentenceAnalysis s = Sentences.analyse("The MFF 2028-2034 funds a five-year plan for the next five years, from 2027 to 2030.", DATES);
        List<YearRangeMention> r = s.all(YearRangeMention.class);
        assertEquals(2, r.size());
        assertEquals(2028, r.get(0).from());
        assertEquals(2034, r.get(0).to());
        assertEquals(2030, r.get(1).to());
        List<DurationMention> d = s.all(DurationMention.class);
        assertEquals(2, d.size());
        assertEquals(5, d.get(0).amount());
        assertEquals("year", d.get(0).unit());
        assertTrue(!d.get(0).coming() && d.get(1).coming(), "only 'the next five years' starts at publication");
    }

    @Test
    void aDateThatDoesNotExistIsKeptAsInvalid() {
        List<InvalidDateMention> bad = Sentences.found("Due by 30 February 2026 at the latest.", InvalidDateMention.class, DATES);
        assertEquals(1, bad.size());
        assertTrue(bad.get(0).reason().contains("30 February 2026"), bad.get(0).reason());
        assertEquals(List.of(), dates("Due by 30 February 2026 at the latest."));
    }

    @Test
    void agesAndPhoneNumbersAreNotDates() {
        assertEquals(List.of(), dates("citizens aged 20-64, call +32 2 29 67533"));
        assertEquals(List.of(), Sentences.found("aged 20-64", YearRangeMention.class, DATES));
    }
}
