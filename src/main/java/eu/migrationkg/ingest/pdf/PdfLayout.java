package eu.migrationkg.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of each page, top to bottom (one column, as the Commission prints its documents). Characters
 * whose baselines are close are one line; a small raised number on a line is a footnote mark; a gap
 * wider than a few characters splits a line into table cells.
 */
final class PdfLayout {
    private PdfLayout() {}

    /** Gap between two characters, in font sizes, above which they are in different cells. */
    private static final float CELL_GAP = 1.8f;
    /** Gap, in font sizes, above which two characters without a space between them are two words. */
    private static final float WORD_GAP = 0.15f;

    static List<Line> lines(PageGlyphs glyphs) {
        List<Line> out = new ArrayList<>();
        List<List<Glyph>> pages = glyphs.pages();
        for (int p = 0; p < pages.size(); p++) {
            List<Glyph> page = new ArrayList<>(pages.get(p));
            page.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
            List<List<Glyph>> rows = new ArrayList<>();
            for (Glyph g : page) {
                List<Glyph> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (row != null && Math.abs(g.y() - baseline(row)) <= 0.45f * Math.max(g.size(), mainSize(row))) {
                    row.add(g);
                } else {
                    List<Glyph> r = new ArrayList<>();
                    r.add(g);
                    rows.add(r);
                }
            }
            for (List<Glyph> row : rows) {
                Line line = line(row, glyphs.height(p + 1));
                if (line != null) out.add(line);
            }
        }
        return out;
    }

    /** The baseline of a row: that of its largest characters (footnote marks sit above it). */
    private static float baseline(List<Glyph> row) {
        float size = mainSize(row);
        return (float) row.stream().filter(g -> g.size() >= size * 0.8f).mapToDouble(Glyph::y).max().orElse(row.get(0).y());
    }

    /** The size most characters of the row have. */
    private static float mainSize(List<Glyph> row) {
        Map<Float, Integer> count = new HashMap<>();
        for (Glyph g : row) if (!g.isSpace()) count.merge(g.size(), 1, Integer::sum);
        return count.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(row.get(0).size());
    }

    private static Line line(List<Glyph> row, float pageHeight) {
        row.sort(Comparator.comparingDouble(Glyph::x));
        float size = mainSize(row);
        float base = baseline(row);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        StringBuilder mark = new StringBuilder();
        float prevEnd = Float.NaN;
        int bold = 0;
        int letters = 0;
        for (Glyph g : row) {
            boolean raised = g.size() < size * 0.8f && g.y() < base - 0.15f * size && !g.isSpace()
                    && Character.isDigit(g.text().charAt(0));
            if (!raised && mark.length() > 0) {
                cell.append("[^").append(mark).append(']');
                mark.setLength(0);
            }
            if (g.isSpace()) {
                if (cell.length() > 0 && cell.charAt(cell.length() - 1) != ' ') cell.append(' ');
                prevEnd = g.end();
                continue;
            }
            float gap = Float.isNaN(prevEnd) ? 0 : g.x() - prevEnd;
            if (gap > CELL_GAP * size && cell.length() > 0) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (gap > WORD_GAP * size && cell.length() > 0 && cell.charAt(cell.length() - 1) != ' ' && !raised) {
                cell.append(' ');
            }
            if (raised) {
                mark.append(g.text());
            } else {
                cell.append(g.text());
                letters++;
                if (g.bold()) bold++;
            }
            prevEnd = g.end();
        }
        if (mark.length() > 0) cell.append("[^").append(mark).append(']');
        if (!cell.toString().isBlank()) cells.add(cell.toString().strip());
        if (cells.isEmpty()) return null;
        String text = String.join(" ", cells).replaceAll(" {2,}", " ");
        float x = row.stream().filter(g -> !g.isSpace()).map(Glyph::x).min(Float::compare).orElse(row.get(0).x());
        return new Line(row.get(0).page(), x, base, size, letters > 0 && bold * 2 > letters, text, List.copyOf(cells), pageHeight);
    }
}
