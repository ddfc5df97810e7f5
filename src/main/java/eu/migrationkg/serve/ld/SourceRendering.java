package eu.migrationkg.serve.ld;

import eu.migrationkg.sources.markdown.Markdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A source's text as nested inline parts: passages (addressable by fragment), the mentions in them
 * (linked to their resources) and the Markdown of the transcription as the one {@link Markdown} model reads it
 * (emphasis shown, markers left out, bullets drawn as bullets). Spans may overlap in any
 * way; where one crosses another it is split into pieces that nest, the first piece keeping the id.
 * Line breaks of the text are kept as {@link Break}s, so the text reads as published.
 */
public final class SourceRendering {
    private SourceRendering() {}

    /** What a span is, outermost first when spans cover the same characters. */
    public enum Kind { PASSAGE, MENTION, STRONG, EM, BULLET, MARKUP }

    /** A span of the text: [start, end) in characters of the source's body. */
    public record Span(int start, int end, Kind kind, String id, String href, String title) {}

    /** A piece of the rendered text. */
    public sealed interface Part {}

    public record Text(String text) implements Part {}

    public record Break() implements Part {}

    /**
     * A rendered span. {@code first} is true on the piece that carries the id; {@code last} on the
     * piece after which a passage shows its link.
     */
    public static final class Element implements Part {
        private final Span span;
        private final boolean first;
        private final List<Part> children = new ArrayList<>();
        private boolean last;

        Element(Span span, boolean first) {
            this.span = span;
            this.first = first;
        }

        public Span span() { return span; }
        public Kind kind() { return span.kind(); }
        public boolean first() { return first; }
        public boolean last() { return last; }
        public List<Part> children() { return children; }
    }

    /**
     * The Markdown of the transcription as spans: emphasis, bullets, and the markers a reader does not
     * see ({@link Kind#MARKUP}, written as nothing). Item numbers stay, as the document numbers them.
     */
    public static List<Span> markdown(Markdown md) {
        List<Span> out = new ArrayList<>();
        for (Markdown.Emphasis e : md.emphasis()) {
            out.add(new Span(e.start(), e.end(), e.style() == Markdown.Style.STRONG ? Kind.STRONG : Kind.EM, null, null, null));
        }
        for (Markdown.Marker m : md.markers()) {
            Kind kind = switch (m.kind()) {
                case SYNTAX -> Kind.MARKUP;
                case BULLET -> Kind.BULLET;
                case NUMBER -> null;
            };
            if (kind != null) out.add(new Span(m.start(), m.end(), kind, null, null, null));
        }
        return out;
    }

    /** The text with its spans as a list of top-level parts. Spans outside the text are clipped. */
    public static List<Part> render(String text, List<Span> spans) {
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            int a = Math.max(0, s.start()), b = Math.min(text.length(), s.end());
            if (a < b) valid.add(new Span(a, b, s.kind(), s.id(), s.href(), s.title()));
        }
        Comparator<Span> outerFirst = Comparator.comparing(Span::kind).thenComparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed());
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, text.length()));
        for (Span s : valid) {
            bounds.add(s.start());
            bounds.add(s.end());
        }
        List<Part> root = new ArrayList<>();
        List<Span> open = new ArrayList<>();
        List<Element> openElements = new ArrayList<>();
        Map<Span, Element> lastPiece = new HashMap<>();
        Integer prev = null;
        for (int b : bounds) {
            if (prev != null) {
                int a = prev;
                List<Span> covering = valid.stream().filter(s -> s.start() <= a && s.end() >= b).sorted(outerFirst).toList();
                int keep = 0;
                while (keep < open.size() && keep < covering.size() && open.get(keep).equals(covering.get(keep))) keep++;
                while (open.size() > keep) {
                    open.removeLast();
                    openElements.removeLast();
                }
                for (int i = keep; i < covering.size(); i++) {
                    Span s = covering.get(i);
                    Element e = new Element(s, !lastPiece.containsKey(s));
                    (openElements.isEmpty() ? root : openElements.getLast().children()).add(e);
                    open.add(s);
                    openElements.add(e);
                    lastPiece.put(s, e);
                }
                addText(openElements.isEmpty() ? root : openElements.getLast().children(), text.substring(a, b));
            }
            prev = b;
        }
        lastPiece.values().forEach(e -> e.last = true);
        return tidyBreaks(root);
    }

    /** Blank lines at the start and end are dropped and runs of blank lines shown as one. */
    private static List<Part> tidyBreaks(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        int run = 0;
        for (Part p : parts) {
            if (p instanceof Break) {
                run++;
                if (out.isEmpty() || run > 2) continue;
            } else {
                run = 0;
            }
            out.add(p);
        }
        while (!out.isEmpty() && out.getLast() instanceof Break) out.removeLast();
        return out;
    }

    private static void addText(List<Part> into, String s) {
        int from = 0;
        for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
            if (nl > from) into.add(new Text(s.substring(from, nl)));
            into.add(new Break());
            from = nl + 1;
        }
        if (from < s.length()) into.add(new Text(s.substring(from)));
    }

    /**
     * Where the labels of a resource occur in a passage: whole words, any case, longest label first,
     * never overlapping a mention already found.
     */
    public static List<int[]> occurrences(String text, int from, int to, List<String> labels, List<int[]> taken) {
        List<int[]> found = new ArrayList<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<String> byLength = labels.stream().filter(l -> l.strip().length() >= 2).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String label : byLength) {
            String needle = label.toLowerCase(java.util.Locale.ROOT);
            if (needle.length() != label.length()) continue; // case folding changed the length: offsets would drift
            for (int i = lower.indexOf(needle, from); i >= 0 && i + needle.length() <= to; i = lower.indexOf(needle, i + 1)) {
                int end = i + needle.length();
                if (!wordBoundary(text, i - 1) || !wordBoundary(text, end)) continue;
                int start = i;
                boolean overlaps = taken.stream().anyMatch(t -> t[0] < end && start < t[1])
                        || found.stream().anyMatch(t -> t[0] < end && start < t[1]);
                if (!overlaps) found.add(new int[] {start, end});
            }
        }
        return found;
    }

    private static boolean wordBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
