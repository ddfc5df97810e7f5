package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void dropsMarkupAndMapsEveryCharacterBackToTheBody() {
        String body = "x The **Entry/Exit System** and the [Pact on Migration](#) apply.";
        PlainText p = PlainText.of(body, 2, body.length());
        assertEquals("The Entry/Exit System and the Pact on Migration apply.", p.text());
        int s = p.text().indexOf("Pact");
        int e = s + "Pact on Migration".length();
        assertEquals("Pact on Migration", body.substring(p.bodyStart(s), p.bodyEnd(e)));
        int b = p.text().indexOf("Entry");
        assertEquals("Entry/Exit System", body.substring(p.bodyStart(b), p.bodyEnd(b + 17)));
        assertTrue(p.emphasised(b, b + 17));
        assertArrayEquals(new int[] {b, b + 17}, p.emphasis().get(0));
    }

    @Test
    void anUnclosedBracketIsKeptAsText() {
        PlainText p = PlainText.of("see [note and **bold", 0, 20);
        assertEquals("see [note and bold", p.text());
    }
}
