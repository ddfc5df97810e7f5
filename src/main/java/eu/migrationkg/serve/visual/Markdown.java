package eu.migrationkg.serve.visual;

/** Sources are Markdown; a sentence quoted on a page loses its emphasis marks and list bullet. */
final class Markdown {
    private Markdown() {}

    static String plain(String s) {
        return s.replace("**", "").replace("__", "").replaceFirst("^\\s*[-*+]\\s+", "").strip();
    }
}
