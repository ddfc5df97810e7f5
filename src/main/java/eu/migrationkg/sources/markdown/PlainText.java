package eu.migrationkg.sources.markdown;

import java.util.List;

/**
 * The words of a range of a text with its Markdown syntax taken out (as {@link Markdown} reads it),
 * and for every character the text offset it came from. Recognisers read the plain words; what they
 * find is mapped back to the text, so provenance always points at the stored text.
 */
public final class PlainText {

    private final String text;
    /** Text offset of each plain character; null when the range has no markup and offsets are {@code start + i}. */
    private final int[] offsets;
    private final int start;
    private final int end;
    private final List<int[]> emphasis;

    PlainText(String text, int[] offsets, int start, int end, List<int[]> emphasis) {
        this.text = text;
        this.offsets = offsets;
        this.start = start;
        this.end = end;
        this.emphasis = emphasis;
    }

    public String text() { return text; }

    public int length() { return text.length(); }

    /** Text offset of the plain character at {@code i}. */
    public int bodyStart(int i) {
        if (i >= text.length()) return end;
        return offsets == null ? start + i : offsets[i];
    }

    /** Text offset just after the plain characters ending at {@code end} (exclusive). */
    public int bodyEnd(int end) {
        if (end == 0) return text.isEmpty() ? this.end : bodyStart(0);
        return bodyStart(end - 1) + 1;
    }

    /** Ranges [start, end) of the plain words that are emphasised (strong or em): a hint that they are names. */
    public List<int[]> emphasis() { return emphasis; }

    public boolean emphasised(int start, int end) {
        for (int[] e : emphasis) {
            if (e[0] <= start && end <= e[1]) return true;
        }
        return false;
    }
}
