package eu.migrationkg.extract.recognise;

import java.util.Collection;
import java.util.TreeSet;

/**
 * A look-ahead naming the characters a pattern's matches can start with, put in front of it. Java's
 * regex engine tries a pattern at every position of the text; most patterns here open with a
 * look-behind and an alternation of words, each tried in turn, and a single character test rejects
 * nearly every position before that. It only restates what the pattern already requires, so the
 * matches do not change.
 */
final class FirstChars {
    private FirstChars() {}

    /** Matches starting with an ASCII digit, as {@code \d} requires. */
    static final String DIGIT = "(?=[0-9])";

    /**
     * {@code (?=[...])} of the first characters of {@code words}, written into the pattern as they are, in
     * both cases when {@code anyCase}; empty (no hint) when a word holds anything but letters, digits,
     * spaces, hyphens, dots and apostrophes, which the pattern could read as syntax.
     */
    static String of(Collection<String> words, boolean anyCase) {
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetterOrDigit(c) && " -.'’".indexOf(c) < 0) return "";
            }
        }
        return ofLiterals(words, anyCase);
    }

    /** As {@link #of}, for words quoted in the pattern ({@code \Q...\E}): only the first character counts. */
    static String ofLiterals(Collection<String> words, boolean anyCase) {
        if (words.isEmpty()) return "";
        TreeSet<Character> first = new TreeSet<>();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) return "";
            char c = w.charAt(0);
            first.add(c);
            if (anyCase) {
                first.add(Character.toUpperCase(c));
                first.add(Character.toLowerCase(c));
            }
        }
        StringBuilder sb = new StringBuilder("(?=[");
        for (char c : first) sb.append(String.format("\\x{%x}", (int) c));
        return sb.append("])").toString();
    }
}
