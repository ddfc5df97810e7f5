package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.PlainText;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.extract.text.Tokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A sentence with its plain words and what the recognisers found in it, in text order. */
public final class SentenceAnalysis {

    private final Sentence sentence;
    private final PlainText plain;
    private final List<Token> words;
    private final List<Mention> mentions = new ArrayList<>();

    public SentenceAnalysis(Sentence sentence, PlainText plain, List<Token> words) {
        this.sentence = sentence;
        this.plain = plain;
        this.words = words;
    }

    public Sentence sentence() { return sentence; }
    public PlainText plain() { return plain; }
    public String text() { return plain.text(); }
    public List<Token> words() { return words; }
    public List<Mention> mentions() { return mentions; }

    public void add(Mention m) {
        mentions.add(m);
    }

    /** True when a mention already covers part of this span. */
    public boolean taken(int start, int end) {
        for (Mention m : mentions) if (m.overlaps(start, end)) return true;
        return false;
    }

    public <T extends Mention> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Mention m : mentions) if (type.isInstance(m)) out.add(type.cast(m));
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Mentions sorted by position, once all recognisers have run. */
    public void sort() {
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    }
}
