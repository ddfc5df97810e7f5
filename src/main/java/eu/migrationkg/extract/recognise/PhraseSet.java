package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A list of words or phrases from rule data, found in text as whole words, ignoring case. */
public final class PhraseSet {

    /** A phrase found at plain-text offsets. */
    public record Found(int start, int end, String phrase) {}

    private final Pattern pattern;
    private final List<String> phrases;
    private final List<String> lookups;
    private final Set<String> firstWords;
    private final boolean ignoreCase;

    public PhraseSet(List<String> phrases) {
        this(phrases, true);
    }

    public PhraseSet(List<String> phrases, boolean ignoreCase) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.phrases = List.copyOf(phrases);
        this.ignoreCase = ignoreCase;
        this.firstWords = new HashSet<>();
        for (String p : phrases) {
            List<Tokens.Token> w = Tokens.words(p);
            if (!w.isEmpty()) firstWords.add(w.get(0).text().toLowerCase(Locale.ROOT));
        }
        this.lookups = phrases.stream().map(p -> p.strip().replaceAll("\\s+", " "))
                .map(p -> ignoreCase ? p.toLowerCase(Locale.ROOT) : p).distinct().toList();
        if (sorted.isEmpty()) {
            pattern = null;
        } else {
            StringBuilder sb = new StringBuilder(FirstChars.ofLiterals(sorted, ignoreCase)).append("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0) sb.append('|');
                sb.append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
            }
            sb.append(")(?![\\p{L}\\p{N}])");
            pattern = Pattern.compile(sb.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        }
    }

    public boolean isEmpty() { return pattern == null; }

    public List<Found> findAll(String text) {
        return findAll(text, 0, text.length());
    }

    /** All phrases of a sentence; its lower-case text first tells cheaply whether any can be there. */
    public List<Found> findAll(SentenceAnalysis s) {
        if (!mayContain(s)) return List.of();
        return findAll(s.text());
    }

    /**
     * Up to this many phrases, looking each up in the sentence's text costs less than making the set of
     * its words (which, after the recognisers, means tokenising the sentence again).
     */
    static final int SCAN_DIRECTLY = 32;

    /** False when no phrase occurs in the sentence as whole words, so no pattern needs to run. */
    public boolean mayContain(SentenceAnalysis s) {
        if (lookups.size() > SCAN_DIRECTLY && !anyFirstWord(s.lowerWords())) return false;
        String hay = ignoreCase ? s.lower() : s.text();
        for (String w : lookups) {
            for (int i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + 1)) {
                int end = i + w.length();
                if ((i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1)))
                        && (end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyFirstWord(Set<String> words) {
        for (String w : firstWords) if (words.contains(w)) return true;
        return false;
    }

    public List<Found> findAll(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        if (pattern == null) return out;
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) out.add(new Found(m.start(), m.end(), m.group()));
        return out;
    }

    /** The phrase that ends right before {@code pos} (spaces between allowed), or null. */
    public Found endingBefore(String text, int pos) {
        if (pattern == null) return null;
        int end = pos;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int from = Math.max(0, end - 40);
        Found last = null;
        Matcher m = pattern.matcher(text).region(from, end);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() == end && (last == null || m.start() < last.start())) last = new Found(m.start(), m.end(), m.group());
        }
        return last;
    }

    /** The phrase that starts right at or after {@code pos} (spaces skipped), or null. */
    public Found startingAt(String text, int pos) {
        if (pattern == null) return null;
        int start = pos;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        Matcher m = pattern.matcher(text).region(start, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? new Found(m.start(), m.end(), m.group()) : null;
    }

    /** Which phrase of the list the found text is (case and spacing folded). */
    public String canonical(Found f) {
        String key = f.phrase().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (String p : phrases) if (p.toLowerCase(Locale.ROOT).equals(key)) return p;
        return f.phrase();
    }
}
