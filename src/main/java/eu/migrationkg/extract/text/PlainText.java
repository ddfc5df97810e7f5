package eu.migrationkg.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a span of the body with Markdown markup taken out ({@code **bold**}, {@code [text](link)}),
 * and for every character the body offset it came from. Recognisers read the plain words; what they
 * find is mapped back to the body, so provenance always points at the stored text.
 */
public final class PlainText {

    private final String text;
    /** Body offset of each plain character; null when the span has no markup and offsets are {@code start + i}. */
    private final int[] bodyOffset;
    private final int bodyStart;
    private final int bodyEnd;
    private final List<int[]> emphasis;

    private PlainText(String text, int[] bodyOffset, int bodyStart, int bodyEnd, List<int[]> emphasis) {
        this.text = text;
        this.bodyOffset = bodyOffset;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
        this.emphasis = emphasis;
    }

    private static boolean noMarkup(String body, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c == '*' || c == '[') return false;
        }
        return true;
    }

    public static PlainText of(String body, int start, int end) {
        if (noMarkup(body, start, end)) return new PlainText(body.substring(start, end), null, start, end, List.of());
        StringBuilder sb = new StringBuilder(end - start);
        int[] map = new int[end - start];
        List<int[]> emphasis = new ArrayList<>(2);
        int boldOpen = -1;
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < end && body.charAt(i + 1) == '*') {
                if (boldOpen < 0) {
                    boldOpen = sb.length();
                } else {
                    if (sb.length() > boldOpen) emphasis.add(new int[] {boldOpen, sb.length()});
                    boldOpen = -1;
                }
                i += 2;
                continue;
            }
            if (c == '[') {
                int close = linkTextEnd(body, i, end);
                if (close > 0) {
                    int target = body.indexOf(')', close + 2);
                    for (int k = i + 1; k < close; k++) {
                        map[sb.length()] = k;
                        sb.append(body.charAt(k));
                    }
                    i = target + 1;
                    continue;
                }
            }
            map[sb.length()] = i;
            sb.append(c);
            i++;
        }
        return new PlainText(sb.toString(), map, start, end, List.copyOf(emphasis));
    }

    /** The index of the ']' of a link "[text](target)" opening at {@code open}, or -1. */
    private static int linkTextEnd(String body, int open, int end) {
        int close = body.indexOf(']', open + 1);
        if (close < 0 || close + 1 >= end || body.charAt(close + 1) != '(') return -1;
        int nested = body.indexOf('[', open + 1);
        if (nested >= 0 && nested < close) return -1;
        int target = body.indexOf(')', close + 2);
        return target > 0 && target < end ? close : -1;
    }

    public String text() { return text; }

    public int length() { return text.length(); }

    /** Body offset of the plain character at {@code i}. */
    public int bodyStart(int i) {
        if (i >= text.length()) return bodyEnd;
        return bodyOffset == null ? bodyStart + i : bodyOffset[i];
    }

    /** Body offset just after the plain characters ending at {@code end} (exclusive). */
    public int bodyEnd(int end) {
        if (end == 0) return text.isEmpty() ? bodyEnd : bodyStart(0);
        return bodyStart(end - 1) + 1;
    }

    /** Spans of the plain text that were in bold: a hint that they are names. */
    public List<int[]> emphasis() { return emphasis; }

    public boolean emphasised(int start, int end) {
        for (int[] e : emphasis) {
            if (e[0] <= start && end <= e[1]) return true;
        }
        return false;
    }
}
