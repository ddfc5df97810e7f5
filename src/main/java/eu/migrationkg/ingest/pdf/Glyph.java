package eu.migrationkg.ingest.pdf;

/** One character drawn on a page: where (y grows downwards, on the baseline), how big, how heavy. */
record Glyph(int page, float x, float y, float width, float size, boolean bold, String text) {

    boolean isSpace() {
        return text.isBlank();
    }

    float end() {
        return x + width;
    }
}
