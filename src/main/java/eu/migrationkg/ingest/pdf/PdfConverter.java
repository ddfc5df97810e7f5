package eu.migrationkg.ingest.pdf;

import eu.migrationkg.ingest.Clue;
import eu.migrationkg.ingest.ConvertedDocument;
import eu.migrationkg.ingest.IngestException;
import eu.migrationkg.ingest.IngestRules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF (a COM communication, a staff working document) to a source: the text in reading order without
 * running headers, footers and page numbers; words hyphenated across lines joined; numbered sections as
 * headings; tables as pipe tables; footnotes at the end as {@code [^n]: ...}. Title, date, identifier
 * and language are read from the title page and the document's properties.
 */
public final class PdfConverter {

    private static final Pattern SECTION = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+\\S.*");
    private static final Pattern BULLET = Pattern.compile("^[•●▪◦–—-]\\s+(.*)");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\[\\^(\\d{1,3})\\]|(\\d{1,3}))\\s*(\\S.*)");
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-$");

    private final IngestRules rules;

    public PdfConverter(IngestRules rules) {
        this.rules = rules;
    }

    public ConvertedDocument convert(byte[] bytes, String shown) throws IngestException {
        try (PDDocument doc = load(bytes, shown)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(shown + ": the PDF is encrypted and does not allow its text to be "
                        + "copied; ask the publisher for an unprotected copy, or add its HTML version");
            }
            PageGlyphs glyphs = PageGlyphs.of(doc);
            if (!glyphs.hasText()) {
                throw new IngestException(shown + ": the PDF has " + doc.getNumberOfPages() + " page(s) but no "
                        + "text, only images (a scan?); run OCR on it first (e.g. ocrmypdf) and add the result");
            }
            Optional<String> infoTitle = Optional.ofNullable(doc.getDocumentInformation().getTitle())
                    .map(String::strip).filter(t -> !t.isEmpty());
            Optional<String> lang = Optional.ofNullable(doc.getDocumentCatalog().getLanguage())
                    .map(String::strip).filter(t -> !t.isEmpty());
            return layout(PdfLayout.lines(glyphs), doc.getNumberOfPages(), infoTitle, lang);
        } catch (IOException e) {
            throw new IngestException(shown + ": PDFBox cannot read the PDF (" + firstLine(e) + "); check that "
                    + "the file is a complete PDF, or add the document's HTML version");
        }
    }

    private static PDDocument load(byte[] bytes, String shown) throws IngestException, IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new IngestException(shown + ": the PDF is encrypted with a password; save an unprotected "
                    + "copy (or print it to PDF) and add that");
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private ConvertedDocument layout(List<Line> all, int pageCount, Optional<String> infoTitle, Optional<String> lang) {
        List<String> notes = new ArrayList<>();
        float body = bodySize(all);

        // Running headers and footers: near the edge, and the same (digits aside) on most pages.
        Map<String, Set<Integer>> edgePages = new HashMap<>();
        for (Line l : all) {
            if (atEdge(l)) edgePages.computeIfAbsent(edgeKey(l), k -> new HashSet<>()).add(l.page());
        }
        Pattern pageNumber = rules.pdfPageNumber();
        List<Line> lines = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Line l : all) {
            boolean running = atEdge(l) && pageCount > 1 && edgePages.get(edgeKey(l)).size() * 2 > pageCount
                    && edgePages.get(edgeKey(l)).size() > 1;
            if (atEdge(l) && (running || pageNumber.matcher(l.text()).matches())) {
                dropped.add(l.text());
            } else {
                lines.add(l);
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("dropped " + dropped.size() + " running header/footer line(s) and page number(s), e.g. \""
                    + dropped.get(0) + "\"");
        }

        // Footnotes: small print starting with its number, kept for the end of the text.
        Map<String, StringBuilder> footnotes = new LinkedHashMap<>();
        List<Line> text = new ArrayList<>();
        StringBuilder openNote = null;
        for (Line l : lines) {
            Matcher m = FOOTNOTE.matcher(l.text());
            boolean small = l.size() < body * 0.9f;
            if (small && m.matches()) {
                String n = m.group(1) != null ? m.group(1) : m.group(2);
                openNote = new StringBuilder(m.group(3));
                footnotes.put(n, openNote);
            } else if (small && openNote != null) {
                join(openNote, l.text(), new ArrayList<>());
            } else {
                openNote = null;
                text.add(l);
            }
        }
        if (!footnotes.isEmpty()) {
            notes.add("moved " + footnotes.size() + " footnote(s) to the end of the text, as [^n]: ...");
        }

        // The title page: its largest print is the title; the date line and identifier are read off it.
        float largest = (float) text.stream().filter(l -> l.page() == 1).mapToDouble(Line::size).max().orElse(body);
        List<Line> titleLines = new ArrayList<>();
        Optional<Clue<LocalDate>> published = Optional.empty();
        for (Line l : text) {
            if (l.page() != 1) break;
            Optional<LocalDate> d = rules.dateLine(l.text());
            if (published.isEmpty() && d.isPresent()) {
                published = Optional.of(Clue.of(d.get(), "the date line \"" + l.text() + "\""));
                continue;
            }
            boolean institution = rules.pdfNotTitle().stream().anyMatch(n -> n.equalsIgnoreCase(l.text().strip()));
            boolean identifierLine = rules.identifierIn(l.text()).map(e -> e.getKey().length() * 2 > l.text().length()).orElse(false);
            if (largest > body && l.size() >= largest - 0.01f && !institution && !identifierLine) titleLines.add(l);
        }
        Optional<Clue<String>> title = titleLines.isEmpty() ? Optional.empty() : Optional.of(Clue.of(
                String.join(" ", titleLines.stream().map(Line::text).toList()), "the largest print of the title page"));
        if (title.isEmpty()) title = infoTitle.map(t -> Clue.of(t, "the PDF's document properties"));

        String firstPage = String.join("\n", text.stream().filter(l -> l.page() == 1).map(Line::text).toList());
        String allText = String.join("\n", text.stream().map(Line::text).toList());
        Optional<Map.Entry<String, IngestRules.IdentifierRule>> id = rules.identifierIn(firstPage)
                .or(() -> rules.identifierIn(allText));
        Optional<Clue<String>> identifier = id.map(e -> Clue.of(e.getKey(), "the title page"));
        Optional<Clue<String>> kind = id.map(e -> Clue.of(e.getValue().kind(), "the identifier " + e.getKey()));
        if (published.isEmpty()) {
            for (Line l : text) {
                Optional<LocalDate> d = rules.dateLine(l.text());
                if (d.isPresent()) {
                    published = Optional.of(Clue.of(d.get(), "the date line \"" + l.text() + "\""));
                    break;
                }
            }
        }

        List<String> hyphenJoins = new ArrayList<>();
        String markdown = blocks(text, body, titleLines, hyphenJoins);
        if (!hyphenJoins.isEmpty()) {
            notes.add("joined " + hyphenJoins.size() + " word(s) hyphenated across lines: " + String.join(", ", hyphenJoins));
        }
        StringBuilder out = new StringBuilder(markdown);
        if (!footnotes.isEmpty()) {
            out.append('\n');
            footnotes.forEach((n, t) -> out.append("[^").append(n).append("]: ").append(t).append('\n'));
        }
        Optional<Clue<String>> language = lang.map(l -> Clue.of(l, "the PDF's /Lang"));
        return new ConvertedDocument("pdf", title, published, identifier, kind, language, Optional.empty(),
                out.toString(), List.copyOf(notes));
    }

    private boolean atEdge(Line l) {
        float margin = (float) rules.pdfMargin() * l.pageHeight();
        return l.y() < margin || l.y() > l.pageHeight() - margin;
    }

    private static String edgeKey(Line l) {
        return l.text().replaceAll("\\d+", "#").strip();
    }

    /** The size of most of the text's characters. */
    private static float bodySize(List<Line> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        for (Line l : lines) chars.merge(l.size(), l.text().length(), Integer::sum);
        return chars.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(11f);
    }

    /** Lines to blocks: headings, list items, table rows, paragraphs joined across lines and pages. */
    private static String blocks(List<Line> lines, float body, List<Line> titleLines, List<String> hyphenJoins) {
        List<String> blocks = new ArrayList<>();
        StringBuilder para = null;
        Line prev = null;
        boolean paraIsItem = false;
        List<List<String>> table = new ArrayList<>();
        boolean titleDone = false;
        for (Line l : lines) {
            if (!titleDone && !titleLines.isEmpty() && l.page() == 1) {
                // The title page's block above the title (institution, date line, identifier): a line each.
                if (!titleLines.contains(l)) {
                    blocks.add(l.text());
                    continue;
                }
            }
            if (titleLines.contains(l)) {
                if (!titleDone) {
                    flush(blocks, para, table);
                    para = null;
                    blocks.add("# " + String.join(" ", titleLines.stream().map(Line::text).toList()));
                    titleDone = true;
                }
                prev = l;
                continue;
            }
            if (l.isTableRow()) {
                if (para != null) {
                    blocks.add(para.toString());
                    para = null;
                }
                table.add(l.cells());
                prev = l;
                continue;
            }
            if (!table.isEmpty()) {
                flush(blocks, null, table);
            }
            Matcher section = SECTION.matcher(l.text());
            boolean heading = (l.bold() || l.size() > body * 1.05f) && l.text().length() < 160;
            if (heading && section.matches()) {
                flush(blocks, para, table);
                para = null;
                int depth = section.group(1).split("\\.").length;
                blocks.add("#".repeat(Math.min(6, depth + 1)) + " " + l.text());
                prev = l;
                continue;
            }
            if (heading && !l.text().matches(".*[.;,:]$") && (para == null || endsSentence(para))) {
                flush(blocks, para, table);
                para = null;
                blocks.add("## " + l.text());
                prev = l;
                continue;
            }
            Matcher bullet = BULLET.matcher(l.text());
            boolean continues = para != null && prev != null && !l.isTableRow() && sameBlock(prev, l, body)
                    && !bullet.matches() && !(paraIsItem && l.x() < prev.x() - 1f && endsSentence(para));
            if (continues) {
                join(para, l.text(), hyphenJoins);
            } else {
                if (para != null) blocks.add(para.toString());
                paraIsItem = bullet.matches();
                para = new StringBuilder(paraIsItem ? "- " + bullet.group(1) : l.text());
            }
            prev = l;
        }
        flush(blocks, para, table);
        return String.join("\n\n", blocks) + "\n";
    }

    private static boolean endsSentence(CharSequence text) {
        String s = text.toString().stripTrailing();
        return s.isEmpty() || ".!?:;".indexOf(s.charAt(s.length() - 1)) >= 0 || s.endsWith(".”") || s.endsWith(".\"");
    }

    /** Two lines are one paragraph when they are close, of one size, or the first runs on to the next page. */
    private static boolean sameBlock(Line prev, Line next, float body) {
        if (Math.abs(prev.size() - next.size()) > 0.5f) return false;
        if (prev.page() != next.page()) return true;
        float gap = next.y() - prev.y();
        return gap > 0 && gap <= next.size() * 1.75f;
    }

    private static void join(StringBuilder para, String next, List<String> hyphenJoins) {
        Matcher m = HYPHENATED.matcher(para);
        if (m.find() && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            String rest = next.split("[^\\p{L}]", 2)[0];
            hyphenJoins.add(m.group(1) + "-" + rest + " → " + m.group(1) + rest);
            para.setLength(para.length() - 1);
            para.append(next);
        } else {
            if (para.length() > 0 && para.charAt(para.length() - 1) != ' ') para.append(' ');
            para.append(next);
        }
    }

    private static void flush(List<String> blocks, StringBuilder para, List<List<String>> table) {
        if (para != null && !para.isEmpty()) blocks.add(para.toString());
        if (table.isEmpty()) return;
        if (table.size() == 1) {
            blocks.add(String.join(" ", table.get(0)));
        } else {
            int width = table.stream().mapToInt(List::size).max().orElse(1);
            List<String> rows = new ArrayList<>();
            for (int r = 0; r < table.size(); r++) {
                List<String> cells = new ArrayList<>(table.get(r).stream().map(c -> c.replace("|", "\\|")).toList());
                while (cells.size() < width) cells.add("");
                rows.add("| " + String.join(" | ", cells) + " |");
                if (r == 0) rows.add("|" + " --- |".repeat(width));
            }
            blocks.add(String.join("\n", rows));
        }
        table.clear();
    }
}
