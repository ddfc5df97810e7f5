package eu.migrationkg.extract.recognise;

/**
 * The pairs of characters that start a word of a text (a position with no letter or digit before it),
 * as a 1,024-bit set: a {@link PhraseSet} tests each phrase's first two characters against it and
 * searches the text only for the phrases that pass. A phrase list is looked up in every sentence, most
 * lists are absent from most sentences, and one pass over the text costs less than a search per phrase.
 * The test can say "maybe" wrongly (two pairs share a bit), never "no" wrongly, so nothing found changes.
 */
final class WordStarts {

    private final long[] bits = new long[16];

    WordStarts(String text) {
        int n = text.length();
        boolean boundary = true;
        for (int i = 0; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (boundary) set(c, text.charAt(i + 1));
            boundary = !Character.isLetterOrDigit(c);
        }
    }

    /** False when no word of the text starts with the first two characters of {@code phrase} (length 2 or more). */
    boolean mayStart(String phrase) {
        int b = bit(phrase.charAt(0), phrase.charAt(1));
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private void set(char first, char second) {
        int b = bit(first, second);
        bits[b >>> 6] |= 1L << b;
    }

    /** Five low bits of each character: exact for pairs of ASCII letters of one case. */
    private static int bit(char first, char second) {
        return ((first & 31) << 5) | (second & 31);
    }
}
