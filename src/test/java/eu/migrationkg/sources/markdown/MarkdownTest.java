package eu.migrationkg.sources.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.sources.markdown.Markdown.BlockKind;
import eu.migrationkg.sources.markdown.Markdown.MarkerKind;
import eu.migrationkg.sources.markdown.Markdown.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    /** The source characters of the plain range [a, b). */
    private static String source(String text, PlainText p, int a, int b) {
        return text.substring(p.bodyStart(a), p.bodyEnd(b));
    }

    @Test
    void dropsMarkupAndMapsEveryCharacterBackToTheText() {
        String body = "x The **Entry/Exit System** and the [Pact on Migration](#) apply.";
        PlainText p = Markdown.of(body).plain(2, body.length());
        assertEquals("The Entry/Exit System and the Pact on Migration apply.", p.text());
        int s = p.text().indexOf("Pact");
        assertEquals("Pact on Migration", source(body, p, s, s + "Pact on Migration".length()));
        int b = p.text().indexOf("Entry");
        assertEquals("Entry/Exit System", source(body, p, b, b + 17));
        assertTrue(p.emphasised(b, b + 17));
        assertEquals(List.of(b, b + 17), List.of(p.emphasis().get(0)[0], p.emphasis().get(0)[1]));
    }

    @Test
    void everyDelimiterIsEmphasisAndOnlyWhereCommonMarkSaysSo() {
        String text = "_em_ and *em* and __strong__ and **strong**, but snake_case_name, 2 * 3 * 4 and 2 ** 3 stay.";
        Markdown md = Markdown.of(text);
        assertEquals(List.of(Style.EM, Style.EM, Style.STRONG, Style.STRONG),
                md.emphasis().stream().map(Markdown.Emphasis::style).toList());
        PlainText p = md.plain();
        assertEquals("em and em and strong and strong, but snake_case_name, 2 * 3 * 4 and 2 ** 3 stay.", p.text());
        for (int[] e : p.emphasis()) {
            String words = p.text().substring(e[0], e[1]);
            assertTrue(words.equals("em") || words.equals("strong"), words);
        }
        assertEquals(4, p.emphasis().size());
        assertEquals("abc", Markdown.of("a*b*c").plain().text(), "CommonMark: a star emphasises inside a word, an underscore does not");
    }

    @Test
    void anUnclosedBracketOrDelimiterIsKeptAsText() {
        assertEquals("see [note and **bold", Markdown.of("see [note and **bold").plain().text());
        assertEquals("[not a link] (really)", Markdown.of("[not a link] (really)").plain().text());
    }

    @Test
    void linksKeepTheirWordsAndTarget() {
        String text = "the [Pact](https://example.org/a_b) and ![a map](m.png) and <https://example.org/>";
        Markdown md = Markdown.of(text);
        assertEquals(List.of("https://example.org/a_b", "m.png"), md.links().stream().map(Markdown.Link::target).toList());
        assertEquals("the Pact and a map and <https://example.org/>", md.plain().text(),
                "an autolink has no brackets to hide: it is read as written");
    }

    @Test
    void aRangeOfTheTextSeesOnlyItsOwnCharacters() {
        String text = "One **bold** here. Two [links](#) there.";
        Markdown md = Markdown.of(text);
        int second = text.indexOf("Two");
        assertEquals("One bold here. ", md.plain(0, second).text());
        assertEquals("Two links there.", md.plain(second, text.length()).text());
        assertEquals("here", md.plain(text.indexOf("here"), text.indexOf("here") + 4).text());
    }

    @Test
    void nonBmpTextBeforeAndInsideMapsBackToTheExactCharacters() {
        // A flag (two surrogate pairs) and mathematical letters before, inside emphasis and inside a link.
        String text = "🇪🇺 𝐀𝐁 intro. The **𝒫act 🙂 on** [Mig𝔯ation 🇪🇺](#) and _𝕖m_ end.";
        Markdown md = Markdown.of(text);
        PlainText p = md.plain();
        assertEquals("🇪🇺 𝐀𝐁 intro. The 𝒫act 🙂 on Mig𝔯ation 🇪🇺 and 𝕖m end.", p.text());
        for (String words : List.of("𝒫act 🙂 on", "Mig𝔯ation 🇪🇺", "𝕖m", "🇪🇺 𝐀𝐁")) {
            int a = p.text().indexOf(words);
            assertEquals(words, source(text, p, a, a + words.length()));
            assertEquals(text.indexOf(words), p.bodyStart(a), "a Java char offset of the text: " + words);
        }
        List<String> emphasised = p.emphasis().stream().map(e -> p.text().substring(e[0], e[1])).toList();
        assertEquals(List.of("𝒫act 🙂 on", "𝕖m"), emphasised);
        int link = text.indexOf("Mig𝔯ation");
        Markdown.Link l = md.links().getFirst();
        assertEquals(link, l.textStart());
        assertEquals("Mig𝔯ation 🇪🇺", text.substring(l.textStart(), l.textEnd()));
        // A range that starts after the non-BMP characters
        int from = text.indexOf("The");
        PlainText tail = md.plain(from, text.length());
        int a = tail.text().indexOf("🙂");
        assertEquals("🙂", source(text, tail, a, a + 2));
    }

    @Test
    void blocksAndListMarkersAreReadFromCommonMark() {
        String text = "# Title\n\nIntro line\nsecond line\n\n- first **item**\n- second\n\n3. third\n4. fourth\n";
        Markdown md = Markdown.of(text);
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.NUMBERED, BlockKind.NUMBERED), md.blocks().stream().map(Markdown.Block::kind).toList());
        Markdown.Block fourth = md.blocks().getLast();
        assertEquals(4, fourth.number());
        assertEquals("fourth", text.substring(fourth.contentStart(), fourth.end()));
        List<String> markers = md.markers().stream().filter(m -> m.kind() != MarkerKind.SYNTAX)
                .map(m -> m.kind() + ":" + text.substring(m.start(), m.end())).toList();
        assertEquals(List.of("BULLET:- ", "BULLET:- ", "NUMBER:3. ", "NUMBER:4. "), markers);
        assertFalse(md.plain().text().contains("**"));
        assertTrue(md.plain().text().contains("- first item"), "list markers are words of the text; only syntax is hidden");
    }
}
