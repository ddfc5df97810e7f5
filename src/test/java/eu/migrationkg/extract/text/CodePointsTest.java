package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Code point offsets (selectors) and char indices (Java strings) convert both ways, pairs kept whole. */
class CodePointsTest {

    @Test
    void charIndicesAndCodePointOffsetsConvertBothWaysAroundSurrogatePairs() {
        String body = "a\uD83C\uDDEA\uD83C\uDDFAb\uD835\uDC04c"; // a 🇪🇺 b 𝐄 c
        CodePoints cps = CodePoints.of(body);
        assertEquals(6, cps.length(body));
        int[] charOf = {0, 1, 3, 5, 6, 8, 9};
        for (int cp = 0; cp <= 6; cp++) {
            assertEquals(charOf[cp], cps.charIndex(cp), "code point " + cp);
            assertEquals(cp, cps.at(charOf[cp]), "char " + charOf[cp]);
        }
        assertEquals("\uD835\uDC04", body.substring(cps.charIndex(4), cps.charIndex(5)));
        assertThrows(IndexOutOfBoundsException.class, () -> cps.charIndex(7));
    }

    @Test
    void plainTextConvertsForFree() {
        CodePoints cps = CodePoints.of("plain");
        assertEquals(3, cps.charIndex(3));
        assertEquals(5, cps.length("plain"));
    }
}
