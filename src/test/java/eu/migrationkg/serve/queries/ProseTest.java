package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void aDescriptionIsCommonMark() {
        Prose p = Prose.of("Give `status` to see *one* state,\nor **kind**.\n\nSee [the guide](https://example.org/g).");
        assertEquals("<p>Give <code>status</code> to see <em>one</em> state,\nor <strong>kind</strong>.</p>\n"
                + "<p>See <a rel=\"nofollow\" href=\"https://example.org/g\">the guide</a>.</p>\n", p.html());
        assertEquals("Give status to see one state, or kind. See the guide.", p.plain());
    }

    @Test
    void theFirstParagraphIsTheSummaryOfAList() {
        Prose p = Prose.of("First `x`\nline.\n\nSecond.");
        assertEquals("<p>First <code>x</code>\nline.</p>\n", p.first().html());
        assertEquals("First x line.", p.first().plain());
        assertTrue(p.html().contains("Second."));
    }

    @Test
    void rawHtmlIsTextAndScriptLinksLeadNowhere() {
        Prose p = Prose.of("<script>alert(0)</script>\n\nText <script>alert(1)</script> and <b>b</b> and [x](javascript:alert) and [y](https://example.org/y)");
        String html = p.html();
        assertFalse(html.contains("<script>") || html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"\">x</a>") && html.contains("href=\"https://example.org/y\""), html);
    }

    @Test
    void anEmptyDescriptionIsEmpty() {
        assertTrue(Prose.of("  ").isEmpty());
        assertEquals("", Prose.of("").plain());
        assertEquals("", Prose.of(null).html());
    }
}
