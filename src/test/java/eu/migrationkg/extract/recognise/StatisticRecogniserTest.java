package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.rules.ExtractionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticRecogniserTest {

    private static final ExtractionRules RULES = ExtractionFixture.rules();
    private static final NumberReader NUMBERS = new NumberReader(RULES.numbers());
    private static final Recogniser[] ALL = {new MoneyRecogniser(RULES.money(), NUMBERS),
            new DateRecogniser(RULES.calendar(), NUMBERS), new StatisticRecogniser(RULES.statistics(), NUMBERS)};

    @Test
    void aFigureWithWhatItCountsItsUnitAndReferenceYear() {
        List<StatisticMention> s = Sentences.found("385 445 Irregular border crossings registered in 2023, compared to "
                + "3 741 015 legal entries", StatisticMention.class, ALL);
        assertEquals(2, s.size());
        assertEquals("385445", s.get(0).value().toPlainString());
        assertEquals("Irregular border crossings registered", s.get(0).measure());
        assertEquals("crossings", s.get(0).unit());
        assertEquals(2023, s.get(0).year());
        assertEquals("legal entries", s.get(1).measure());
        assertTrue(s.get(1).comparedToPrevious());
        assertEquals(0, s.get(1).year());
    }

    @Test
    void scaleWordsPeopleAndPercentages() {
        List<StatisticMention> s = Sentences.found("27.3 million Non-EU citizens living in the EU (6% of the EU’s total population)",
                StatisticMention.class, ALL);
        assertEquals(2, s.size());
        assertEquals("27300000", s.get(0).value().toPlainString());
        assertEquals("people", s.get(0).unit());
        assertEquals("Non-EU citizens living in the EU", s.get(0).measure());
        assertEquals("6", s.get(1).value().toPlainString());
        assertEquals("percent", s.get(1).unit());
        assertEquals("Non-EU citizens living in the EU, as a share of the EU’s total population", s.get(1).measure());
    }

    @Test
    void smallCountsYearsMoneyAndPhoneNumbersAreNotStatistics() {
        assertEquals(List.of(), Sentences.found("10 EU-funded projects, five priorities, in 2026, €3 billion, "
                + "(+32 2 29 67533), 22nd day", StatisticMention.class, ALL));
    }
}
