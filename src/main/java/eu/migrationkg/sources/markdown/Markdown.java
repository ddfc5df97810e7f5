package eu.migrationkg.sources.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A source text read once as CommonMark (commonmark-java, with the source span of every block and
 * inline): its emphasis, links, list markers and blocks, each at offsets of the text itself (Java
 * chars). Extraction reads its plain words ({@link #plain(int, int)}) and pages show the same spans,
 * so what is emphasis, a link or a marker is decided here only.
 *
 * <p>The text is never rewritten: everything is a range of it. The markup a reader does not see is
 * the emphasis delimiters and a link's brackets and target; an inline's span may cover several lines,
 * so only these markers are hidden, never the line breaks or indentation between the lines.
 */
public final class Markdown {

    public enum Style { STRONG, EM }

    /** Emphasis [start, end), its delimiters included; its words are [contentStart, contentEnd). */
    public record Emphasis(int start, int end, int contentStart, int contentEnd, Style style) {}

    /** A link (or image) [start, end) whose words are [textStart, textEnd). */
    public record Link(int start, int end, int textStart, int textEnd, String target) {}

    public enum MarkerKind {
        /** Emphasis delimiters, a link's brackets and target: syntax a reader does not see. */
        SYNTAX,
        /** A bullet list item's marker with the spaces after it. */
        BULLET,
        /** An ordered list item's number with its delimiter and the spaces after it. */
        NUMBER
    }

    /** A range [start, end) of the text that is markup, not words. */
    public record Marker(int start, int end, MarkerKind kind) {}

    public enum BlockKind { HEADING, LIST_ITEM, NUMBERED, PARAGRAPH }

    /**
     * A leaf block as CommonMark reads it: [start, end) from its first to its last character, its words
     * from {@code contentStart}; {@code number} is an ordered item's number, as written.
     */
    public record Block(BlockKind kind, int start, int end, int contentStart, int number) {}

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final String text;
    private final List<Emphasis> emphasis;
    private final List<Link> links;
    private final List<Marker> markers;
    private final List<Block> blocks;
    /** The {@link MarkerKind#SYNTAX} ranges as sorted, disjoint pairs [start0, end0, start1, end1, ...]. */
    private final int[] syntax;

    private Markdown(String text, Reader r) {
        this.text = text;
        r.emphasis.sort(Comparator.comparingInt(Emphasis::start).thenComparing(Comparator.comparingInt(Emphasis::end).reversed()));
        r.links.sort(Comparator.comparingInt(Link::start));
        r.markers.sort(Comparator.comparingInt(Marker::start));
        r.blocks.sort(Comparator.comparingInt(Block::start));
        this.emphasis = List.copyOf(r.emphasis);
        this.links = List.copyOf(r.links);
        this.markers = List.copyOf(r.markers);
        this.blocks = List.copyOf(r.blocks);
        this.syntax = r.markers.stream().filter(m -> m.kind() == MarkerKind.SYNTAX)
                .flatMapToInt(m -> java.util.stream.IntStream.of(m.start(), m.end())).toArray();
    }

    /** Reads {@code text}; the only parse of a document's body (see {@code SourceText#markdown}). */
    public static Markdown of(String text) {
        Reader r = new Reader();
        r.text = text;
        PARSER.parse(text).accept(r);
        return new Markdown(text, r);
    }

    public String text() { return text; }

    /** Strong and em emphasis, whatever the delimiter, by start (outer first). */
    public List<Emphasis> emphasis() { return emphasis; }

    public List<Link> links() { return links; }

    /** The markup that is not words, by start; ranges never overlap. */
    public List<Marker> markers() { return markers; }

    /** Headings, list items and paragraphs, by start. */
    public List<Block> blocks() { return blocks; }

    /** The words of the whole text. */
    public PlainText plain() { return plain(0, text.length()); }

    /** The words of [start, end) of the text: the text without its {@link MarkerKind#SYNTAX} markers. */
    public PlainText plain(int start, int end) {
        int k = firstSyntaxEndingAfter(start);
        if (k >= syntax.length || syntax[k] >= end) {
            return new PlainText(text.substring(start, end), null, start, end, emphasisIn(start, end, null, end - start));
        }
        StringBuilder sb = new StringBuilder(end - start);
        int[] map = new int[end - start];
        int i = start;
        while (i < end) {
            if (k < syntax.length && syntax[k] <= i) {
                i = Math.max(i, syntax[k + 1]);
                k += 2;
                continue;
            }
            int stop = k < syntax.length ? Math.min(end, syntax[k]) : end;
            for (; i < stop; i++) {
                map[sb.length()] = i;
                sb.append(text.charAt(i));
            }
        }
        int[] offsets = java.util.Arrays.copyOf(map, sb.length());
        return new PlainText(sb.toString(), offsets, start, end, emphasisIn(start, end, offsets, sb.length()));
    }

    /** The index in {@link #syntax} of the first pair whose end is after {@code at}. */
    private int firstSyntaxEndingAfter(int at) {
        int lo = 0, hi = syntax.length / 2;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (syntax[2 * mid + 1] <= at) lo = mid + 1; else hi = mid;
        }
        return 2 * lo;
    }

    /** Emphasis in [start, end) as ranges of the plain words, clipped to the range. */
    private List<int[]> emphasisIn(int start, int end, int[] offsets, int length) {
        if (emphasis.isEmpty()) return List.of();
        List<int[]> out = new ArrayList<>(2);
        for (Emphasis e : emphasis) {
            if (e.start() >= end) break; // by start: the rest lie after the range
            int a = Math.max(start, e.contentStart()), b = Math.min(end, e.contentEnd());
            if (a >= b) continue;
            int pa = plainIndex(a, start, offsets, length), pb = plainIndex(b, start, offsets, length);
            if (pa < pb) out.add(new int[] {pa, pb});
        }
        return List.copyOf(out);
    }

    /** The index of the first plain character at or after text offset {@code at}. */
    private static int plainIndex(int at, int start, int[] offsets, int length) {
        if (offsets == null) return at - start;
        int lo = 0, hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets[mid] < at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Walks the CommonMark tree once, turning its source spans into ranges of the text. */
    private static final class Reader extends AbstractVisitor {
        final List<Emphasis> emphasis = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Marker> markers = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        String text;

        @Override
        public void visit(StrongEmphasis node) {
            delimited(node, node.getOpeningDelimiter().length(), Style.STRONG);
            visitChildren(node);
        }

        @Override
        public void visit(org.commonmark.node.Emphasis node) {
            delimited(node, node.getOpeningDelimiter().length(), Style.EM);
            visitChildren(node);
        }

        private void delimited(Node node, int delimiter, Style style) {
            int start = start(node), end = end(node);
            if (start < 0 || end - start < 2 * delimiter) return;
            emphasis.add(new Emphasis(start, end, start + delimiter, end - delimiter, style));
            markers.add(new Marker(start, start + delimiter, MarkerKind.SYNTAX));
            markers.add(new Marker(end - delimiter, end, MarkerKind.SYNTAX));
        }

        @Override
        public void visit(org.commonmark.node.Link node) {
            linked(node, node.getDestination(), 1);
            visitChildren(node);
        }

        @Override
        public void visit(Image node) {
            linked(node, node.getDestination(), 2);
            visitChildren(node);
        }

        /** "[words](target)" (or "![words](target)"); an autolink "<…>" has no markup to hide. */
        private void linked(Node node, String target, int opening) {
            int start = start(node), end = end(node);
            if (start < 0 || text.charAt(start) != (opening == 2 ? '!' : '[')) return;
            Node first = node.getFirstChild(), last = node.getLastChild();
            int textStart = first == null ? start + opening : start(first);
            int textEnd = last == null ? textStart : end(last);
            if (textStart != start + opening || textEnd <= textStart || textEnd >= end) {
                if (first != null) return; // not bracketed words: an autolink
                textEnd = textStart;
            }
            links.add(new Link(start, end, textStart, textEnd, target));
            markers.add(new Marker(start, textStart, MarkerKind.SYNTAX));
            markers.add(new Marker(textEnd, end, MarkerKind.SYNTAX));
        }

        @Override
        public void visit(ListItem node) {
            Node first = node.getFirstChild();
            int start = start(node);
            if (first != null && start >= 0 && start(first) > start) {
                boolean ordered = node.getParent() instanceof OrderedList;
                markers.add(new Marker(start, start(first), ordered ? MarkerKind.NUMBER : MarkerKind.BULLET));
            }
            visitChildren(node);
        }

        @Override
        public void visit(Heading node) {
            int start = start(node);
            Node first = node.getFirstChild();
            if (start >= 0) blocks.add(new Block(BlockKind.HEADING, start, end(node), first == null ? end(node) : start(first), 0));
            visitChildren(node);
        }

        @Override
        public void visit(Paragraph node) {
            Node parent = node.getParent();
            if (parent instanceof ListItem item && item.getFirstChild() == node) {
                boolean ordered = item.getParent() instanceof OrderedList;
                leafOfItem(item, node, ordered ? BlockKind.NUMBERED : BlockKind.LIST_ITEM, ordered ? number(item) : 0);
            } else {
                leaf(node, BlockKind.PARAGRAPH, 0);
            }
            visitChildren(node);
        }

        /** The item's number as written ("3." is 3 even where CommonMark would count on from the list's start). */
        private int number(ListItem item) {
            int at = start(item), n = 0;
            while (at >= 0 && at < text.length() && Character.isDigit(text.charAt(at)) && n < 100_000_000) {
                n = 10 * n + (text.charAt(at++) - '0');
            }
            return n;
        }

        private void leaf(Node node, BlockKind kind, int number) {
            int start = start(node);
            if (start >= 0) blocks.add(new Block(kind, start, end(node), start, number));
        }

        private void leafOfItem(ListItem item, Node content, BlockKind kind, int number) {
            int start = start(item);
            if (start >= 0) blocks.add(new Block(kind, start, end(content), start(content), number));
        }

        @Override
        public void visit(BulletList node) {
            visitChildren(node);
        }

        private static int start(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            return spans.isEmpty() ? -1 : spans.getFirst().getInputIndex();
        }

        private static int end(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) return -1;
            SourceSpan last = spans.getLast();
            return last.getInputIndex() + last.getLength();
        }
    }
}
