package eu.migrationkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Passage IRIs hash the normalised text, so the normal form may never change: the fast path (ASCII
 * skips NFKC, spaces collapsed by hand) gives exactly what NFKC plus {@code replaceAll("\\s+", " ")}
 * plus {@code strip()} gave when the IRIs were first published.
 */
class IrisNormaliseTest {

    private static String published(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    @Test
    void theNormalFormIsTheOneThePublishedIrisWereMadeWith() {
        for (String t : List.of("", " ", "a", " a  b\t\tc\n", "one\u00A0two", "ﬁnancial  €3 bn", "x\u2003\u2003y",
                "\r\n\u000B\f", "Caf\u0065\u0301 au lait", "ＡＢＣ １２３", "tail \u2028", "🇪🇺  flag", "a \u3000 b")) {
            assertEquals(published(t), Iris.normalise(t), "'" + t + "'");
        }
    }

    @Test
    void randomTextsNormaliseAsTheyAlwaysDid() {
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'é', 'ﬁ', '€', '.',
                '\u0301', '\u3000', '\u2028', '１'};
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String t = sb.toString();
            assertEquals(published(t), Iris.normalise(t), "'" + t + "'");
        }
    }

    @Test
    void aShortHashIsThePrefixOfTheFullOne() {
        assertEquals(12, Iris.hash("text", 12).length());
        assertEquals(Iris.hash("text", 64).substring(0, 7), Iris.hash("text", 7));
    }
}
