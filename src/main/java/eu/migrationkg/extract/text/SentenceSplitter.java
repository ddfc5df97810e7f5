package eu.migrationkg.extract.text;

import eu.migrationkg.extract.rules.SegmentationRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds sentence boundaries inside blocks without touching the text. Besides the usual full stop and
 * capital, it recovers the boundaries that flattening a web page removed: a full stop glued to the
 * next capital ("order.The"), a heading glued to its first word ("topicsOverview", "actionRules",
 * "EUFunding", "2027Events"), a number glued to a word ("visitors12.5"), and a capitalised sentence opener after a
 * lower-case word ("tools The Council").
 */
public final class SentenceSplitter {

    private static final String OPENERS = "*_[\"“‘(«";
    private static final String CLOSERS = "*_\"”’)]»";

    private final SegmentationRules rules;
    private final Set<String> monthNames;

    public SentenceSplitter(SegmentationRules rules, Set<String> monthNames) {
        this.rules = rules;
        this.monthNames = monthNames;
    }

    public List<Sentence> sentences(String body, List<Block> blocks) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : blocks) {
            split(body, b, out);
        }
        return out;
    }

    private void split(String body, Block b, List<Sentence> out) {
        int sentenceStart = b.start();
        int inBlock = 0;
        int e = b.end();
        for (int i = b.contentStart(); i < e; i++) {
            int next = boundaryAfter(body, b, i);
            if (next < 0) continue;
            int end = trimEnd(body, sentenceStart, next);
            int start = skipSpace(body, next, e);
            if (end > sentenceStart) {
                out.add(new Sentence(out.size(), b, inBlock++, sentenceStart, end));
            }
            sentenceStart = start;
            i = start - 1;
        }
        int end = trimEnd(body, sentenceStart, e);
        if (end > sentenceStart) out.add(new Sentence(out.size(), b, inBlock, sentenceStart, end));
    }

    /** Where the next sentence may begin if a sentence ends at or right after {@code i}, or -1. */
    private int boundaryAfter(String s, Block b, int i) {
        int e = b.end();
        char c = s.charAt(i);
        if (c == '.' || c == '!' || c == '?') return afterTerminal(s, b, i);
        if (i + 1 >= e) return -1;
        char d = s.charAt(i + 1);
        // Most characters are a letter before a lower-case letter or a space, where no rule below
        // applies (each needs a capital or a digit after a letter): this runs for every character.
        if (isAsciiLetter(c) && (d >= 'a' && d <= 'z' || d == ' ')) return -1;
        if (c == ')' && (Character.isDigit(d) || capitalWord(s, i + 1, e))) return i + 1;
        if (Character.isLowerCase(c) && (Character.isUpperCase(d) || Character.isDigit(d))
                && lowerRun(s, i, b.contentStart()) >= 3) {
            if (capitalWord(s, i + 1, e) && !inWholeWord(s, i, b)) return i + 1;
            if (acronym(s, i + 1, e)) return i + 1;
            if (Character.isDigit(d)) return i + 1;
        }
        if (Character.isUpperCase(c) && i > b.contentStart() && Character.isUpperCase(s.charAt(i - 1))
                && capitalWord(s, i + 1, e) && i + 3 < e && Character.isLowerCase(s.charAt(i + 3))) {
            return i + 1;
        }
        if (Character.isDigit(c) && digitRun(s, i, b.contentStart()) == 4) {
            if (capitalWord(s, i + 1, e)) return i + 1;
            if (Character.isDigit(d) && afterMonthName(s, i - 3, b.contentStart())) return i + 1;
        }
        if (c == ' ' && Character.isUpperCase(d) && i > b.contentStart() && Character.isLowerCase(s.charAt(i - 1))
                && lowerRun(s, i - 1, b.contentStart()) >= 2 && startsWithStarter(s, i + 1, e)) {
            return i + 1;
        }
        return -1;
    }

    private int afterTerminal(String s, Block b, int i) {
        int e = b.end();
        int j = i + 1;
        while (j < e && CLOSERS.indexOf(s.charAt(j)) >= 0) j++;
        if (j >= e) return -1;
        if (Character.isWhitespace(s.charAt(j))) {
            int k = skipSpace(s, j, e);
            int m = k;
            while (m < e && OPENERS.indexOf(s.charAt(m)) >= 0) m++;
            if (m < e && (Character.isUpperCase(s.charAt(m)) || Character.isDigit(s.charAt(m)))
                    && !(s.charAt(i) == '.' && abbreviationEndsAt(s, i, b.contentStart()))) {
                return j;
            }
            return -1;
        }
        // Glued: "rights.The", "countries.Explainer".
        if (j == i + 1 && i > b.contentStart() && capitalWord(s, j, e)) {
            char before = s.charAt(i - 1);
            if (Character.isLowerCase(before) || Character.isDigit(before) || before == ')') return j;
        }
        return -1;
    }

    private boolean abbreviationEndsAt(String s, int dot, int from) {
        int k = dot;
        while (k > from && !Character.isWhitespace(s.charAt(k - 1))) k--;
        while (k < dot && OPENERS.indexOf(s.charAt(k)) >= 0) k++;
        String token = s.substring(k, dot + 1);
        if (rules.abbreviations().contains(token)) return true;
        // An initial ("J.") or a dotted acronym ("U.S.") does not end a sentence.
        return token.length() == 2 && Character.isUpperCase(token.charAt(0))
                || token.length() >= 4 && DOTTED_ACRONYM.matcher(token).matches();
    }

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{Lu}\\.)+");

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** An upper-case letter followed by a lower-case one: the start of a capitalised word. */
    private static boolean capitalWord(String s, int i, int e) {
        return i + 1 < e && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i + 1));
    }

    /** Two or more capitals then a non-letter, e.g. "EU " in "managementEU actions". */
    private static boolean acronym(String s, int i, int e) {
        int k = i;
        while (k < e && Character.isUpperCase(s.charAt(k))) k++;
        return k - i >= 2 && (k >= e || !Character.isLetter(s.charAt(k)));
    }

    private static int lowerRun(String s, int i, int from) {
        int k = i;
        while (k >= from && Character.isLowerCase(s.charAt(k))) k--;
        return i - k;
    }

    private static int digitRun(String s, int i, int from) {
        int k = i;
        while (k >= from && Character.isDigit(s.charAt(k))) k--;
        return i - k;
    }

    private boolean afterMonthName(String s, int yearStart, int from) {
        int k = yearStart - 1;
        if (k < from || s.charAt(k) != ' ') return false;
        int w = k;
        while (w > from && Character.isLetter(s.charAt(w - 1))) w--;
        return monthNames.contains(s.substring(w, k));
    }

    private boolean inWholeWord(String s, int i, Block b) {
        int from = i;
        while (from > b.contentStart() && Character.isLetter(s.charAt(from - 1))) from--;
        int to = i + 1;
        while (to < b.end() && Character.isLetter(s.charAt(to))) to++;
        return rules.wholeWords().contains(s.substring(from, to));
    }

    private boolean startsWithStarter(String s, int i, int e) {
        int k = i;
        while (k < e && Character.isLetter(s.charAt(k))) k++;
        return k > i && k < e && s.charAt(k) == ' ' && rules.sentenceStarters().contains(s.substring(i, k));
    }

    private static int skipSpace(String s, int i, int e) {
        while (i < e && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        return end;
    }
}
