package eu.migrationkg.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the main content of a page in the Markdown of {@code data/sources/}: one block per line,
 * blank lines between blocks; {@code #} headings, {@code -} and {@code 1.} list items, {@code **bold**},
 * {@code [text](url)} (italics as plain words), a quotation as a line in quotation marks followed by its
 * attribution line (as press releases print them), tables as pipe tables.
 */
final class MarkdownRenderer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "pre", "hr", "figure",
            "figcaption", "dl", "dt", "dd", "address", "details", "summary", "center", "caption");
    private static final String QUOTE_OPENERS = "\"“«„‘'";

    private final List<String> attribution;
    private final List<String> blocks = new ArrayList<>();
    private int quotesWrapped;
    private int imagesLeftOut;
    private int emphasisPlain;

    MarkdownRenderer(List<String> attributionSelectors) {
        this.attribution = attributionSelectors;
    }

    String render(Element root) {
        container(root);
        return blocks.isEmpty() ? "" : String.join("\n\n", blocks) + "\n";
    }

    /** Block quotes put in quotation marks because the page showed them without. */
    int quotesWrapped() { return quotesWrapped; }

    int imagesLeftOut() { return imagesLeftOut; }

    int emphasisPlain() { return emphasisPlain; }

    private void container(Element el) {
        StringBuilder inline = new StringBuilder();
        for (Node child : el.childNodes()) {
            if (child instanceof Element e && BLOCKS.contains(e.normalName())) {
                paragraph(inline);
                block(e);
            } else {
                inline(child, inline);
            }
        }
        paragraph(inline);
    }

    private void block(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = oneLine(inlineOf(e));
                if (!text.isEmpty()) blocks.add("#".repeat(tag.charAt(1) - '0') + " " + text);
            }
            case "ul", "ol" -> {
                // The items of one list are consecutive lines of one block, as in the sources written by hand.
                int first = blocks.size();
                list(e, 0);
                if (blocks.size() - first > 1) {
                    String joined = String.join("\n", blocks.subList(first, blocks.size()));
                    blocks.subList(first, blocks.size()).clear();
                    blocks.add(joined);
                }
            }
            case "blockquote" -> quote(e);
            case "table" -> table(e);
            case "pre" -> {
                String text = e.wholeText().strip();
                if (!text.isEmpty()) blocks.add(text);
            }
            case "hr" -> { }
            case "p", "dt", "dd", "figcaption", "summary", "address", "caption" -> {
                StringBuilder sb = new StringBuilder();
                for (Node c : e.childNodes()) inline(c, sb);
                paragraph(sb);
            }
            default -> container(e);
        }
    }

    private void paragraph(StringBuilder inline) {
        String text = lines(inline.toString());
        inline.setLength(0);
        if (!text.isEmpty()) blocks.add(text);
    }

    /** Each line stripped, empty lines dropped: a paragraph with {@code <br>} stays one block of lines. */
    private static String lines(String text) {
        List<String> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            String s = l.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!s.isEmpty()) out.add(s);
        }
        return String.join("\n", out);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replaceAll("[ \\t\\u00a0]+", " ").strip();
    }

    private String inlineOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c : e.childNodes()) inline(c, sb);
        return sb.toString();
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("\\s+", " "));
            return;
        }
        if (!(node instanceof Element e)) return;
        switch (e.normalName()) {
            case "br" -> out.append('\n');
            case "img" -> imagesLeftOut++;
            case "strong", "b" -> wrap(out, inlineOf(e), "**");
            case "em", "i" -> {
                // Kept as plain words: the extraction reads **bold** as a hint of a name, but a date or
                // amount inside _emphasis_ or *emphasis* is no longer recognised.
                emphasisPlain++;
                for (Node c : e.childNodes()) inline(c, out);
            }
            case "code" -> wrap(out, e.text(), "`");
            case "a" -> {
                String text = inlineOf(e);
                String href = e.absUrl("href");
                if (text.isBlank()) return;
                if (href.isEmpty() || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    out.append(text);
                } else {
                    String lead = text.substring(0, text.length() - text.stripLeading().length());
                    String trail = text.substring(text.stripTrailing().length());
                    out.append(lead).append('[').append(oneLine(text)).append("](")
                            .append(href.replace(" ", "%20").replace(")", "%29")).append(')').append(trail);
                }
            }
            default -> {
                for (Node c : e.childNodes()) inline(c, out);
            }
        }
    }

    /** Markup around the words, the spaces kept outside it ("**word** ", never "**word **"). */
    private static void wrap(StringBuilder out, String inner, String mark) {
        String core = inner.strip();
        if (core.isEmpty()) {
            out.append(inner);
            return;
        }
        if (core.startsWith(mark) && core.endsWith(mark)) mark = "";
        String lead = inner.substring(0, inner.indexOf(core.charAt(0)));
        String trail = inner.substring(inner.stripTrailing().length());
        out.append(lead).append(mark).append(oneLine(core)).append(mark).append(trail);
    }

    private void list(Element list, int depth) {
        boolean ordered = list.normalName().equals("ol");
        int n = ordered && list.hasAttr("start") ? parseOr(list.attr("start"), 1) : 1;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) continue;
            StringBuilder sb = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node c : li.childNodes()) {
                if (c instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    nested.add(e);
                } else if (c instanceof Element e && BLOCKS.contains(e.normalName())) {
                    sb.append(' ').append(oneLine(inlineOf(e))).append(' ');
                } else {
                    inline(c, sb);
                }
            }
            String text = oneLine(sb.toString());
            if (!text.isEmpty()) {
                blocks.add("  ".repeat(depth) + (ordered ? (n++) + ". " : "- ") + text);
            }
            for (Element e : nested) list(e, depth + 1);
        }
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void quote(Element quote) {
        Element copy = quote.clone();
        String by = null;
        for (String sel : attribution) {
            Element a = copy.selectFirst(sel);
            if (a != null) {
                by = oneLine(inlineOf(a)).replaceFirst("^[—–-]+\\s*", "");
                a.remove();
                break;
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Node c : copy.childNodes()) {
            if (c instanceof Element e && BLOCKS.contains(e.normalName())) {
                parts.add(oneLine(sb.toString()));
                sb.setLength(0);
                parts.add(oneLine(inlineOf(e)));
            } else {
                inline(c, sb);
            }
        }
        parts.add(oneLine(sb.toString()));
        String text = String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
        if (text.isEmpty()) return;
        if (QUOTE_OPENERS.indexOf(text.charAt(0)) < 0) {
            text = "\"" + text + "\"";
            quotesWrapped++;
        }
        blocks.add(by == null || by.isEmpty() ? text : text + "\n" + by);
    }

    private void table(Element table) {
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            String c = oneLine(inlineOf(caption));
            if (!c.isEmpty()) blocks.add(c);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) continue;
                String text = oneLine(inlineOf(cell)).replace("|", "\\|");
                cells.add(text);
                int span = parseOr(cell.attr("colspan"), 1);
                for (int i = 1; i < span; i++) cells.add("");
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) rows.add(cells);
        }
        if (rows.isEmpty()) return;
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < width) cells.add("");
            lines.add("| " + String.join(" | ", cells) + " |");
            if (r == 0) lines.add("|" + " --- |".repeat(width));
        }
        blocks.add(String.join("\n", lines));
    }
}
