package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.serve.ld.SourceRendering.Kind;
import eu.migrationkg.serve.ld.SourceRendering.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRenderingTest {

    /** The parts as compact markup, to compare the nesting at a glance. */
    private static String show(List<SourceRendering.Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (SourceRendering.Part p : parts) {
            switch (p) {
                case SourceRendering.Text t -> sb.append(t.text());
                case SourceRendering.Break b -> sb.append("|");
                case SourceRendering.Element e -> {
                    String tag = (e.kind() == Kind.MARKUP ? "X" : e.kind().name().substring(0, 1))
                            + (e.first() && e.span().id() != null ? "#" + e.span().id() : "");
                    sb.append("<").append(tag).append(">").append(show(e.children())).append("</>");
                    if (e.last() && e.kind() == Kind.PASSAGE) sb.append("¶");
                }
            }
        }
        return sb.toString();
    }

    private static Span passage(int a, int b) {
        return new Span(a, b, Kind.PASSAGE, "p" + a + "-" + b, "href", null);
    }

    private static Span mention(int a, int b) {
        return new Span(a, b, Kind.MENTION, null, "href", "t");
    }

    @Test
    void nestedSpansNestAndTheTextIsKept() {
        String text = "One two three. Four.";
        List<SourceRendering.Part> parts = SourceRendering.render(text, List.of(passage(0, 14), mention(4, 7), passage(15, 20)));
        assertEquals("<P#p0-14>One <M>two</> three.</>¶ <P#p15-20>Four.</>¶", show(parts));
    }

    @Test
    void crossingPassagesAreSplitAndOnlyTheFirstPieceHasTheId() {
        String text = "abcdefghij";
        List<SourceRendering.Part> parts = SourceRendering.render(text, List.of(passage(0, 6), passage(3, 10)));
        assertEquals("<P#p0-6>abc<P#p3-10>def</></>¶<P>ghij</>¶", show(parts));
    }

    @Test
    void markdownBecomesEmphasisBulletsAndMarkersLeftOut() {
        String text = "- the **Pact** and [a link](#) *here*\n2. next";
        List<Span> spans = new ArrayList<>(SourceRendering.markdown(eu.migrationkg.sources.markdown.Markdown.of(text)));
        assertEquals("<B>- </>the <S><X>**</>Pact<X>**</></> and <X>[</>a link<X>](#)</> <E><X>*</>here<X>*</></>|2. next",
                show(SourceRendering.render(text, spans)));
    }

    @Test
    void lineBreaksAreKeptAndBlankRunsTidied() {
        assertEquals("a||b|c", show(SourceRendering.render("\n\na\n\n\n\nb\nc\n\n", List.of())));
    }

    @Test
    void labelsAreFoundAsWholeWordsWithoutOverlap() {
        String text = "The EES and the Entry/Exit System (EES) but not FEES.";
        List<int[]> found = SourceRendering.occurrences(text, 0, text.length(), List.of("EES", "Entry/Exit System"), List.of());
        List<String> words = found.stream().map(r -> text.substring(r[0], r[1])).sorted().toList();
        assertEquals(List.of("EES", "EES", "Entry/Exit System"), words);
        List<int[]> within = SourceRendering.occurrences(text, 8, 39, List.of("EES"), List.of(new int[] {35, 38}));
        assertEquals(List.of(), within, "a taken range and the range of the passage both bound the search");
    }

    @Test
    void spansOutsideTheTextAreClipped() {
        assertEquals("<P#p-5-3>abc</>¶", show(SourceRendering.render("abc", List.of(new Span(-5, 3, Kind.PASSAGE, "p-5-3", "h", null),
                new Span(7, 9, Kind.PASSAGE, "x", "h", null)))));
    }
}
