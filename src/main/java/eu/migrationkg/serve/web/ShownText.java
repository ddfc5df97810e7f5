package eu.migrationkg.serve.web;

import eu.migrationkg.sources.markdown.Markdown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a text of a source (a passage, a search hit's sentence, a quotation with its context) reads on
 * a page, as the one {@link Markdown} model reads it: emphasis shown as emphasis, a link as its words
 * (the transcription's targets lead nowhere), list markers and syntax left out, a line break shown
 * as a space. This class only says which characters are what: the templates write every character as
 * escaped text, so text from the data never becomes markup.
 *
 * <p>A passage is cut from its document, so it may begin or end inside a link or emphasis whose other
 * half lies outside it; those lone markers ({@code "…Asylum](#)"}, {@code "[Markus…"},
 * {@code "an **assertive…"}) are not words either and are left out too.
 */
public final class ShownText {
    private ShownText() {}

    /** A run of text in one style. */
    public record Run(String text, boolean strong, boolean em) {}

    /** A piece of a text, marked (a search hit, the passage quoted) or not. */
    public record Segment(List<Run> runs, boolean marked) {}

    /** A range [start, end) of the stored text to mark. */
    public record Mark(int start, int end) {}

    /** A passage as a quotation shows it: the context before, the passage itself, the context after. */
    public record Quotation(List<Run> before, List<Run> exact, List<Run> after) {}

    private static final int STRONG = 1;
    private static final int EM = 2;
    private static final int HIDDEN = 4;

    /** The text as a sentence on a page: emphasis kept, markers and list markers left out, lines joined. */
    public static List<Run> runs(String text) {
        List<Segment> s = segments(text, List.of());
        return s.isEmpty() ? List.of() : s.getFirst().runs();
    }

    // A passage's words are a label on every page that lists it; the same text always reads the same,
    // so they are kept (see TextCache), 4 MB at most.
    private static final TextCache<String, String> PLAIN =
            TextCache.of("markdown-plain", 4L * 1024 * 1024, String::length, ShownText::readPlain);

    /** What a reader sees of the text, as one string. */
    public static String plain(String text) {
        return PLAIN.get(text);
    }

    private static String readPlain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (Segment s : segments(text, List.of())) for (Run r : s.runs()) sb.append(r.text());
        return sb.toString();
    }

    /** For each character of the text: its style bits, and whether a reader sees it. */
    private static int[] styles(String text) {
        Markdown md = Markdown.of(text);
        int[] style = new int[text.length()];
        for (Markdown.Marker m : md.markers()) Arrays.fill(style, m.start(), m.end(), HIDDEN);
        for (Markdown.Emphasis e : md.emphasis()) {
            int bit = e.style() == Markdown.Style.STRONG ? STRONG : EM;
            for (int i = e.contentStart(); i < e.contentEnd(); i++) style[i] |= bit;
        }
        hideLoneMarkers(text, style);
        return style;
    }

    /** Markers a cut left without their other half; everything CommonMark read is hidden already. */
    private static void hideLoneMarkers(String text, int[] style) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if ((style[i] & HIDDEN) != 0) continue;
            char c = text.charAt(i);
            if (c == ']' && text.charAt(i + 1) == '(') {
                // "…words](target)": the end of a link whose beginning was cut off
                int close = i + 2;
                while (close < n && text.charAt(close) != ')' && text.charAt(close) != '('
                        && !Character.isWhitespace(text.charAt(close))) close++;
                if (close < n && text.charAt(close) == ')') Arrays.fill(style, i, close + 1, HIDDEN);
            } else if (c == '*' && text.charAt(i + 1) == '*' && (i + 2 >= n || text.charAt(i + 2) != '*')) {
                // "an **assertive…" or "…diplomacy** that": a strong marker touching a word on one side only
                boolean wordBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
                boolean wordAfter = i + 2 < n && Character.isLetterOrDigit(text.charAt(i + 2));
                boolean spaceAfter = i + 2 >= n || Character.isWhitespace(text.charAt(i + 2)) || isPunctuation(text.charAt(i + 2));
                if ((wordBefore && spaceAfter) || (!wordBefore && wordAfter)) {
                    Arrays.fill(style, i, i + 2, HIDDEN);
                    i++;
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            // "[Markus…": the bracket of a link whose end was cut off
            if ((style[i] & HIDDEN) != 0 || text.charAt(i) != '[') continue;
            boolean opens = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
            char next = text.charAt(i + 1);
            if (opens && next != ']' && !Character.isWhitespace(next) && text.indexOf(']', i + 1) < 0) style[i] = HIDDEN;
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    /**
     * The text as a quotation shows it, cut at the marks (ranges of the stored text; a search's hits,
     * say): emphasis kept, markers and list markers left out, a line break shown as a space, the whole
     * stripped of the space at its ends. Empty segments are left out.
     */
    public static List<Segment> segments(String text, List<Mark> marks) {
        int n = text.length();
        int[] style = styles(text);
        int[] markOf = new int[n];
        Arrays.fill(markOf, -1);
        for (int k = 0; k < marks.size(); k++) {
            Arrays.fill(markOf, Math.max(0, marks.get(k).start()), Math.max(Math.max(0, marks.get(k).start()),
                    Math.min(n, marks.get(k).end())), k);
        }
        // The characters a reader sees, stripped of the space at both ends.
        int[] shown = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) if ((style[i] & HIDDEN) == 0) shown[count++] = i;
        int from = 0, to = count;
        while (from < to && Character.isWhitespace(text.charAt(shown[from]))) from++;
        while (to > from && Character.isWhitespace(text.charAt(shown[to - 1]))) to--;
        List<Segment> out = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int runMark = Integer.MIN_VALUE, runStyle = 0;
        for (int k = from; k < to; ) {
            int i = shown[k];
            char c = text.charAt(i);
            String piece;
            int next = k + 1;
            if (Character.isWhitespace(c)) {
                // Space that crosses a line is one space; other spacing is kept as it is.
                boolean lineBreak = false;
                StringBuilder spaces = new StringBuilder();
                int j = k;
                while (j < to && Character.isWhitespace(text.charAt(shown[j])) && markOf[shown[j]] == markOf[i]) {
                    char s = text.charAt(shown[j]);
                    lineBreak |= s == '\n' || s == '\r';
                    spaces.append(s);
                    j++;
                }
                piece = lineBreak ? " " : spaces.toString();
                next = j;
            } else {
                piece = String.valueOf(c);
            }
            int mark = markOf[i], st = style[i] & (STRONG | EM);
            if (runMark != Integer.MIN_VALUE && mark != runMark) {
                flush(runs, run, runStyle);
                out.add(new Segment(List.copyOf(runs), runMark >= 0));
                runs.clear();
            } else if (runMark != Integer.MIN_VALUE && st != runStyle) {
                flush(runs, run, runStyle);
            }
            run.append(piece);
            runMark = mark;
            runStyle = st;
            k = next;
        }
        if (runMark != Integer.MIN_VALUE) {
            flush(runs, run, runStyle);
            out.add(new Segment(List.copyOf(runs), runMark >= 0));
        }
        return List.copyOf(out);
    }

    private static void flush(List<Run> runs, StringBuilder run, int style) {
        if (run.isEmpty()) return;
        runs.add(new Run(run.toString(), (style & STRONG) != 0, (style & EM) != 0));
        run.setLength(0);
    }

    /**
     * A passage with the context its quote selector gives. The context is cut at a fixed length, so
     * the word it was cut in (and any marker cut with it) is left out; the page shows an ellipsis there.
     */
    public static Quotation quote(String prefix, String exact, String suffix) {
        String before = prefix == null ? "" : prefix;
        int firstSpace = indexOfWhitespace(before);
        if (firstSpace > 0) before = before.substring(firstSpace);
        String after = suffix == null ? "" : suffix;
        int lastSpace = lastIndexOfWhitespace(after);
        if (lastSpace >= 0 && lastSpace < after.length() - 1) after = after.substring(0, lastSpace + 1);
        int a = before.length(), b = a + exact.length();
        List<Run> pre = new ArrayList<>(), mid = new ArrayList<>(), post = new ArrayList<>();
        for (Segment s : segments(before + exact + after, List.of(new Mark(a, b)))) {
            if (s.marked()) mid.addAll(s.runs());
            else if (mid.isEmpty()) pre.addAll(s.runs());
            else post.addAll(s.runs());
        }
        return new Quotation(List.copyOf(pre), List.copyOf(mid), List.copyOf(post));
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    private static int lastIndexOfWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
