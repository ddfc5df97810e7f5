package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.serve.web.ShownText.Mark;
import eu.migrationkg.serve.web.ShownText.Run;
import eu.migrationkg.serve.web.ShownText.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTextTest {

    /** Runs as compact markup: *strong*, _em_, [marked]. */
    private static String show(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String t = r.text();
            if (r.em()) t = "_" + t + "_";
            if (r.strong()) t = "*" + t + "*";
            sb.append(t);
        }
        return sb.toString();
    }

    private static String showSegments(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) sb.append(s.marked() ? "[" + show(s.runs()) + "]" : show(s.runs()));
        return sb.toString();
    }

    @Test
    void emphasisIsShownAsEmphasisWithoutItsMarkers() {
        assertEquals("the *Pact* is _new_ and _so_ is *this*",
                show(ShownText.runs("the **Pact** is *new* and _so_ is __this__")));
    }

    @Test
    void aLinkIsShownAsItsWordsWhateverItsTarget() {
        assertEquals("the Pact on Migration and Asylum and the Global Alliance and a map",
                ShownText.plain("the [Pact on Migration and Asylum](#) and the [Global Alliance](https://example.org/a_b) and a ![map](m.png)"));
        assertEquals("a *strong link* here", show(ShownText.runs("a **[strong link](#)** here")));
    }

    @Test
    void listMarkersAreLeftOutAndLinesJoined() {
        assertEquals("Promoting *partnerships*.", show(ShownText.runs("- Promoting **partnerships**.")));
        assertEquals("*Stepping up Migration Diplomacy*", show(ShownText.runs("1. **Stepping up Migration Diplomacy**")));
        assertEquals("to: Scale up. Simplify.", ShownText.plain("to:\n\n- Scale up.\n* Simplify.\n"));
        assertEquals("a  b", ShownText.plain("a  b"), "spacing within a line is kept as it is");
    }

    @Test
    void textThatOnlyLooksLikeMarkupIsLeftAlone() {
        assertEquals("snake_case_name, 2 * 3 * 4, 2 ** 3, 2025. It, -5 degrees",
                ShownText.plain("snake_case_name, 2 * 3 * 4, 2 ** 3, 2025. It, -5 degrees"));
        assertEquals("[not a link] (really)", ShownText.plain("[not a link] (really)"));
    }

    @Test
    void markersLeftAloneByACutAreHidden() {
        assertEquals("Asylum and more", ShownText.plain("Asylum](#) and more"));
        assertEquals("Press contacts: Markus", ShownText.plain("Press contacts:\n\n[Markus"));
        assertEquals("reinforce an assertive", ShownText.plain("reinforce an **assertive"));
        assertEquals("diplomacy that", ShownText.plain("diplomacy** that"));
    }

    @Test
    void marksCutTheTextIntoSegmentsAndKeepTheStyle() {
        String exact = "- Further strengthen the role of **Frontex** with a revision of its founding regulation.";
        int at = exact.indexOf("Frontex");
        assertEquals("Further strengthen the role of [*Frontex*] with a revision of its founding regulation.",
                showSegments(ShownText.segments(exact, List.of(new Mark(at, at + 7)))));
        assertEquals("[*Pact*] and [EU]", showSegments(ShownText.segments("**Pact** and EU", List.of(new Mark(13, 15), new Mark(0, 8)))));
    }

    @Test
    void aQuotationDropsTheWordsItsContextWasCutIn() {
        ShownText.Quotation q = ShownText.quote("ocuses on five **priorities**:\n\n",
                "1. **Stepping up Migration Diplomacy**", "\n\nWe will further reinforce an *");
        assertEquals("on five *priorities*: ", show(q.before()));
        assertEquals("*Stepping up Migration Diplomacy*", show(q.exact()));
        assertEquals(" We will further reinforce an", show(q.after()));
        ShownText.Quotation linked = ShownText.quote("ylum](#)\n\nIP/26/233\n\nQuote(s):\n\n", "\"We have made headway.\"",
                "\nHenna Virkkunen, Executive Vice");
        assertEquals("IP/26/233 Quote(s): ", show(linked.before()));
        assertEquals(" Henna Virkkunen, Executive", show(linked.after()));
        ShownText.Quotation whole = ShownText.quote("", "- Scale up.", "");
        assertEquals(List.of(), whole.before());
        assertEquals("Scale up.", show(whole.exact()));
        assertEquals(List.of(), whole.after());
    }

    @Test
    void textFromTheDataStaysText() {
        String hostile = "**<script>alert('x')</script>** & [<b>](javascript:alert)";
        List<Run> runs = ShownText.runs(hostile);
        assertEquals("*<script>alert('x')</script>* & <b>", show(runs));
        assertTrue(runs.stream().anyMatch(r -> r.text().contains("<script>")), "kept as characters; the template escapes them");
    }
}
