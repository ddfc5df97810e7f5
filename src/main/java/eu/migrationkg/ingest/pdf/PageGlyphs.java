package eu.migrationkg.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every character PDFBox finds on every page, with its position, size and weight. The layout (lines,
 * running headers, headings, tables, footnotes) is read from these by {@link PdfLayout}, not from
 * PDFBox's own text output, so each decision can be stated.
 */
final class PageGlyphs extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();

    private PageGlyphs() {
        super();
    }

    static PageGlyphs of(PDDocument doc) throws IOException {
        PageGlyphs g = new PageGlyphs();
        g.setSortByPosition(true);
        g.getText(doc);
        return g;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pages.add(new ArrayList<>());
        heights.add(page.getCropBox().getHeight());
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (pages.isEmpty() || t.getUnicode() == null) return;
        String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
        boolean bold = font.toLowerCase(Locale.ROOT).contains("bold") || font.toLowerCase(Locale.ROOT).contains("black");
        pages.get(pages.size() - 1).add(new Glyph(pages.size(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                t.getFontSizeInPt(), bold, t.getUnicode()));
    }

    List<List<Glyph>> pages() { return pages; }

    float height(int page) { return heights.get(page - 1); }

    boolean hasText() {
        return pages.stream().flatMap(List::stream).anyMatch(g -> !g.isSpace());
    }
}
