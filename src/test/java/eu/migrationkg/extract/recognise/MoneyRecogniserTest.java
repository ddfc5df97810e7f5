package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.rules.ExtractionRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyRecogniserTest {

    private static final ExtractionRules RULES = ExtractionFixture.rules();
    private static final MoneyRecogniser MONEY = new MoneyRecogniser(RULES.money(), new NumberReader(RULES.numbers()));

    @Test
    void amountsAreDecimalsInUnitsOfTheirCurrency() {
        SentenceAnalysis s = Sentences.analyse(
                "It adds €3 billion, EUR 2.5 billion and at least €81 billion, plus 500 million euro and $1,200.", MONEY);
        List<MoneyMention> m = s.all(MoneyMention.class);
        assertEquals(List.of("3000000000", "2500000000", "81000000000", "500000000", "1200"),
                m.stream().map(x -> x.amount().toPlainString()).toList());
        assertEquals(List.of("EUR", "EUR", "EUR", "EUR", "USD"), m.stream().map(MoneyMention::currency).toList());
        assertEquals("at least €81 billion", Sentences.cut(s, m.get(2)));
        assertTrue(m.get(2).lowerBound());
        assertFalse(m.get(0).lowerBound());
        assertEquals("500 million euro", Sentences.cut(s, m.get(3)));
    }

    @Test
    void numbersWithoutCurrencyAreNotMoney() {
        assertEquals(List.of(), Sentences.found("27.3 million citizens in 2023, EUROPE 5", MoneyMention.class, MONEY));
    }
}
