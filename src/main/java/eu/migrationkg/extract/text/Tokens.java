package eu.migrationkg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words of a text with their offsets, and the normal form under which two wordings are compared. */
public final class Tokens {
    private Tokens() {}

    /** A word: letters and digits, with inner hyphens, slashes, apostrophes, dots or ampersands. */
    public record Token(int start, int end, String text) {
        public boolean isAllCaps() {
            return allCaps(text);
        }

        public boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    public static List<Token> words(String text) {
        return words(text, 0, text.length());
    }

    public static List<Token> words(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ("-/'’.&".indexOf(c) >= 0 && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            out.add(new Token(s, i, text.substring(s, i)));
        }
        return out;
    }

    /**
     * The comparison form of a word: lower case, typographic apostrophe folded, possessive and plural
     * "s" dropped (acronyms keep theirs), so "Funds" and "Fund", "EU’s" and "EU" compare equal.
     */
    public static String normal(String word) {
        String w = word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
        if (w.endsWith("'s") || w.endsWith("'S")) w = w.substring(0, w.length() - 2);
        boolean caps = allCaps(w);
        w = w.toLowerCase(Locale.ROOT);
        if (!caps && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean allCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** The comparison form of a whole wording: its words in normal form, separated by one space. */
    public static String key(String wording) {
        StringBuilder sb = new StringBuilder();
        for (Token t : words(wording)) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(normal(t.text()));
        }
        return sb.toString();
    }
}
