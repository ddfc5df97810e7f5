package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.extract.text.Tokens.Token;
import eu.migrationkg.sources.markdown.Markdown;
import eu.migrationkg.sources.markdown.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A sentence with its plain words and what the recognisers found in it, in text order. */
public final class SentenceAnalysis {

    private final Sentence sentence;
    private final Markdown markdown;
    private PlainText plain;
    private List<Token> words;
    /** Start and end of each word, kept through {@link #compact()}: the words are found once, cut again later. */
    private int[] wordBounds;
    private final List<Mention> mentions = new ArrayList<>();
    private String lower;
    private String[] normals;
    private Set<String> lowerWords;
    private Map<Class<?>, List<?>> byType;
    private int digits = -1;

    /** @param markdown the document's body as read once, which the sentence's offsets index */
    public SentenceAnalysis(Sentence sentence, Markdown markdown) {
        this.sentence = sentence;
        this.markdown = markdown;
    }

    public Sentence sentence() { return sentence; }
    /** The sentence's plain words, made from the body when first needed. */
    public PlainText plain() {
        if (plain == null) plain = markdown.plain(sentence.start(), sentence.end());
        return plain;
    }

    public String text() { return plain().text(); }
    /** The words of the plain text; made again when needed after {@link #compact()}. */
    public List<Token> words() {
        if (words == null) {
            String t = text();
            if (wordBounds == null) {
                words = Tokens.words(t);
                wordBounds = new int[2 * words.size()];
                for (int i = 0; i < words.size(); i++) {
                    wordBounds[2 * i] = words.get(i).start();
                    wordBounds[2 * i + 1] = words.get(i).end();
                }
            } else {
                List<Token> again = new ArrayList<>(wordBounds.length / 2);
                for (int i = 0; i < wordBounds.length; i += 2) {
                    again.add(new Token(wordBounds[i], wordBounds[i + 1], t.substring(wordBounds[i], wordBounds[i + 1])));
                }
                words = again;
            }
        }
        return words;
    }
    public List<Mention> mentions() { return mentions; }

    /**
     * The plain text in lower case with white space runs as one space, computed once: recognisers look
     * their words up in it before running patterns. Not for offsets.
     */
    public String lower() {
        if (lower == null) lower = lowerCollapsed(text());
        return lower;
    }

    /** Lower case char by char, white space runs as one space; written into an array, as it runs for every sentence. */
    private static String lowerCollapsed(String t) {
        char[] out = new char[t.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x80 ? c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) : Character.isWhitespace(c)) {
                if (!space) out[n++] = ' ';
                space = true;
            } else {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c);
                space = false;
            }
        }
        return new String(out, 0, n);
    }

    /** The normal form ({@link Tokens#normal}) of each word, computed once. */
    public String[] normals() {
        if (normals == null) {
            List<Token> w = words();
            normals = new String[w.size()];
            for (int i = 0; i < normals.length; i++) normals[i] = Tokens.normal(w.get(i).text());
        }
        return normals;
    }

    /** The words of the sentence in lower case, as a set, computed once. */
    public Set<String> lowerWords() {
        if (lowerWords == null) {
            lowerWords = new HashSet<>(words().size() * 2);
            for (Token t : words()) lowerWords.add(t.text().toLowerCase(Locale.ROOT));
        }
        return lowerWords;
    }

    public boolean hasDigit() {
        if (digits < 0) {
            digits = 0;
            String t = text();
            for (int i = 0; i < t.length() && digits == 0; i++) if (Character.isDigit(t.charAt(i))) digits = 1;
        }
        return digits == 1;
    }

    public void add(Mention m) {
        mentions.add(m);
        byType = null;
    }

    /** True when a mention already covers part of this span. */
    public boolean taken(int start, int end) {
        for (Mention m : mentions) if (m.overlaps(start, end)) return true;
        return false;
    }

    /** The mentions of one type, by position; kept until a mention is added. */
    @SuppressWarnings("unchecked")
    public <T extends Mention> List<T> all(Class<T> type) {
        if (byType == null) byType = new HashMap<>(4);
        List<?> known = byType.get(type);
        if (known != null) return (List<T>) known;
        List<T> out = new ArrayList<>();
        for (Mention m : mentions) if (type.isInstance(m)) out.add(type.cast(m));
        out.sort(Comparator.comparingInt(Mention::start));
        List<T> fixed = List.copyOf(out);
        byType.put(type, fixed);
        return fixed;
    }

    /**
     * Lets go of the look-up aids kept while recognisers run; the mentions stay, and so do the plain text
     * and its lower case, which the corpus-wide pass and interpretation read again (each about the
     * sentence's length; the words and their normal forms, dropped, take several times that).
     */
    public void compact() {
        words = null;
        normals = null;
        lowerWords = null;
        byType = null;
    }

    /** Mentions sorted by position, once all recognisers have run. */
    public void sort() {
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        byType = null;
    }
}
