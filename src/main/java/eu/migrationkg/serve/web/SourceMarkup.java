package eu.migrationkg.serve.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the Markdown of a source's transcription reads on a page. The stored text keeps its markers
 * (passages are cut from it at their offsets, so it must stay as it is); a page shows emphasis as
 * emphasis, a link as its words (the transcription's targets lead nowhere) and, in a quotation, no
 * list markers. This class only says which characters are what: the templates write every character
 * as escaped text, so text from the data never becomes markup.
 */
public final class SourceMarkup {
    private SourceMarkup() {}

    /** What a span of the text is. */
    public enum Kind {
        /** Strong emphasis, its markers included. */
        STRONG,
        /** Emphasis, its markers included. */
        EM,
        /** Characters a reader does not see: emphasis markers, a link's brackets and target. */
        HIDDEN,
        /** A bullet at the start of a line, with the space after it. */
        BULLET,
        /** An item number at the start of a line ("1. "), with the space after it. */
        NUMBER
    }

    /** A span [start, end) of the text. */
    public record Span(int start, int end, Kind kind) {}

    /** A run of text in one style. */
    public record Run(String text, boolean strong, boolean em) {}

    /** A piece of a text, marked (a search hit, the passage quoted) or not. */
    public record Segment(List<Run> runs, boolean marked) {}

    /** A range [start, end) of the stored text to mark. */
    public record Mark(int start, int end) {}

    /** A passage as a quotation shows it: the context before, the passage itself, the context after. */
    public record Quotation(List<Run> before, List<Run> exact, List<Run> after) {}

    /** The quote selector's three parts, as the key of a quotation already read. */
    private record Quoted(String prefix, String exact, String suffix) {}

    // Reading Markdown is the dearest part of a page quoting or linking many passages; the same text
    // always reads the same, so the results are kept (see TextCache), 4 MB of each at most.
    private static final long CACHE_BYTES = 4L * 1024 * 1024;
    private static final TextCache<String, String> PLAIN =
            TextCache.of("markdown-plain", CACHE_BYTES, String::length, SourceMarkup::readPlain);
    private static final TextCache<Quoted, Quotation> QUOTATIONS = TextCache.of("markdown-quotation", CACHE_BYTES,
            q -> chars(q.prefix()) + chars(q.exact()) + chars(q.suffix()), SourceMarkup::readQuote);

    private static int chars(String s) {
        return s == null ? 0 : s.length();
    }

    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]{0,3}[-*+][ \\t]+");
    private static final Pattern NUMBER = Pattern.compile("(?m)^[ \\t]{0,3}\\d{1,3}[.)][ \\t]+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]\\n]*)\\]\\(([^()\\s]*)\\)");
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*\\*");
    private static final Pattern STRONG_UNDERSCORES = Pattern.compile("(?<![\\w_])__(?=[^\\s_])(.+?)(?<=[^\\s_])__(?![\\w_])");
    private static final Pattern EM_STAR = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");
    /** The end of a link whose beginning was cut off: "…Asylum](#)". */
    private static final Pattern LINK_END = Pattern.compile("\\]\\([^()\\s]*\\)");
    /** The bracket of a link whose end was cut off: "[Markus LAMME…". */
    private static final Pattern LINK_START = Pattern.compile("(?<![^\\s(])\\[(?=[^\\s\\]])(?![^\\]]*\\])");
    /** A strong marker left alone by a cut: it touches a word on one side only. */
    private static final Pattern LONE_STRONG = Pattern.compile("(?:(?<=\\S)\\*\\*(?=\\s|$|\\p{Punct}))|(?:(?<=^|\\s)\\*\\*(?=\\w))");

    /**
     * The markup of a text: its emphasis (markers included), the markers a reader does not see, and
     * the list markers at the start of its lines. Spans of one kind never overlap.
     */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Matcher m = BULLET.matcher(text); m.find(); ) take(out, taken, m.start(), m.end(), Kind.BULLET);
        for (Matcher m = NUMBER.matcher(text); m.find(); ) take(out, taken, m.start(), m.end(), Kind.NUMBER);
        for (Matcher m = LINK.matcher(text); m.find(); ) {
            if (free(taken, m.start(), m.start(1)) && free(taken, m.end(1), m.end())) {
                take(out, taken, m.start(), m.start(1), Kind.HIDDEN);
                take(out, taken, m.end(1), m.end(), Kind.HIDDEN);
            }
        }
        emphasis(text, STRONG_STARS, 2, Kind.STRONG, out, taken);
        emphasis(text, STRONG_UNDERSCORES, 2, Kind.STRONG, out, taken);
        emphasis(text, EM_STAR, 1, Kind.EM, out, taken);
        emphasis(text, EM_UNDERSCORE, 1, Kind.EM, out, taken);
        for (Pattern cut : List.of(LINK_END, LINK_START, LONE_STRONG)) {
            for (Matcher m = cut.matcher(text); m.find(); ) {
                if (free(taken, m.start(), m.end())) take(out, taken, m.start(), m.end(), Kind.HIDDEN);
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Span::kind));
        return List.copyOf(out);
    }

    /** Emphasis whose two markers are free; the text between may hold other markup. */
    private static void emphasis(String text, Pattern p, int marker, Kind kind, List<Span> out, boolean[] taken) {
        Matcher m = p.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int a = m.start(), b = m.end();
            if (free(taken, a, a + marker) && free(taken, b - marker, b)) {
                out.add(new Span(a, b, kind));
                take(out, taken, a, a + marker, Kind.HIDDEN);
                take(out, taken, b - marker, b, Kind.HIDDEN);
                from = b;
            } else {
                from = a + 1;
            }
        }
    }

    private static boolean free(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) if (taken[i]) return false;
        return true;
    }

    private static void take(List<Span> out, boolean[] taken, int a, int b, Kind kind) {
        for (int i = a; i < b; i++) taken[i] = true;
        out.add(new Span(a, b, kind));
    }

    /** The text as a sentence on a page: emphasis kept, markers and list markers left out, lines joined. */
    public static List<Run> runs(String text) {
        List<Segment> s = segments(text, List.of());
        return s.isEmpty() ? List.of() : s.getFirst().runs();
    }

    /** What a reader sees of the text, as one string. */
    public static String plain(String text) {
        return PLAIN.get(text);
    }

    private static String readPlain(String text) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments(text, List.of())) for (Run r : s.runs()) sb.append(r.text());
        return sb.toString();
    }

    /**
     * The text as a quotation shows it, cut at the marks (ranges of the stored text; a search's hits,
     * say): emphasis kept, markers and list markers left out, a line break shown as a space, the whole
     * stripped of the space at its ends. Empty segments are left out.
     */
    public static List<Segment> segments(String text, List<Mark> marks) {
        int n = text.length();
        boolean[] hidden = new boolean[n];
        int[] strong = new int[n];
        int[] em = new int[n];
        for (Span s : spans(text)) {
            for (int i = s.start(); i < s.end(); i++) {
                switch (s.kind()) {
                    case STRONG -> strong[i]++;
                    case EM -> em[i]++;
                    default -> hidden[i] = true;
                }
            }
        }
        int[] markOf = new int[n];
        Arrays.fill(markOf, -1);
        for (int k = 0; k < marks.size(); k++) {
            for (int i = Math.max(0, marks.get(k).start()); i < Math.min(n, marks.get(k).end()); i++) markOf[i] = k;
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!hidden[i]) cells.add(new Cell(String.valueOf(text.charAt(i)), markOf[i], strong[i] > 0, em[i] > 0));
        }
        int from = 0, to = cells.size();
        while (from < to && cells.get(from).isSpace()) from++;
        while (to > from && cells.get(to - 1).isSpace()) to--;
        List<Cell> shown = new ArrayList<>();
        for (int i = from; i < to; ) {
            Cell c = cells.get(i);
            if (!c.isSpace()) {
                shown.add(c);
                i++;
                continue;
            }
            // Space that crosses a line is one space; other spacing is kept as it is.
            int j = i;
            boolean lineBreak = false;
            while (j < to && cells.get(j).isSpace() && cells.get(j).mark() == c.mark()) {
                lineBreak |= cells.get(j).text().equals("\n") || cells.get(j).text().equals("\r");
                j++;
            }
            if (lineBreak) shown.add(new Cell(" ", c.mark(), c.strong(), c.em()));
            else shown.addAll(cells.subList(i, j));
            i = j;
        }
        List<Segment> out = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Cell previous = null;
        for (Cell c : shown) {
            if (previous != null && c.mark() != previous.mark()) {
                flush(runs, run, previous);
                out.add(new Segment(List.copyOf(runs), previous.mark() >= 0));
                runs.clear();
            } else if (previous != null && (c.strong() != previous.strong() || c.em() != previous.em())) {
                flush(runs, run, previous);
            }
            run.append(c.text());
            previous = c;
        }
        if (previous != null) {
            flush(runs, run, previous);
            out.add(new Segment(List.copyOf(runs), previous.mark() >= 0));
        }
        return List.copyOf(out);
    }

    /** One character as shown, with the mark and the style it has. */
    private record Cell(String text, int mark, boolean strong, boolean em) {
        boolean isSpace() { return Character.isWhitespace(text.charAt(0)); }
    }

    private static void flush(List<Run> runs, StringBuilder run, Cell style) {
        if (run.isEmpty()) return;
        runs.add(new Run(run.toString(), style.strong(), style.em()));
        run.setLength(0);
    }

    /**
     * A passage with the context its quote selector gives. The context is cut at a fixed length, so
     * the word it was cut in (and any marker cut with it) is left out; the page shows an ellipsis there.
     */
    public static Quotation quote(String prefix, String exact, String suffix) {
        return QUOTATIONS.get(new Quoted(prefix, exact, suffix));
    }

    private static Quotation readQuote(Quoted q) {
        String prefix = q.prefix(), exact = q.exact(), suffix = q.suffix();
        String before = prefix;
        int firstSpace = indexOfWhitespace(before);
        if (firstSpace > 0) before = before.substring(firstSpace);
        String after = suffix;
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
