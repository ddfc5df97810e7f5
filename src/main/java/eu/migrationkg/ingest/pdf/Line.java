package eu.migrationkg.ingest.pdf;

import java.util.List;

/**
 * A line of a page: its text (footnote marks written {@code [^n]}), and, when it has wide gaps, its
 * cells; the size and weight of most of its characters; where it starts and its baseline.
 */
record Line(int page, float x, float y, float size, boolean bold, String text, List<String> cells, float pageHeight) {

    boolean isTableRow() {
        return cells.size() > 1;
    }
}
