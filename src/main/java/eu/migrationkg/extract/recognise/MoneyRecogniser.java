package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.MoneyRules;
import eu.migrationkg.sources.SourceDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds amounts of money: a currency sign or code before a number ("€4 billion", "EUR 2.5 billion"), or
 * a currency word after it ("500 million euro"), with "at least" and the like making it a minimum.
 */
public final class MoneyRecogniser implements Recogniser {

    private final MoneyRules rules;
    private final NumberReader numbers;
    private final List<String> currencies;
    private final PhraseSet lowerBound;

    public MoneyRecogniser(MoneyRules rules, NumberReader numbers) {
        this.rules = rules;
        this.numbers = numbers;
        this.currencies = new ArrayList<>(rules.currencies().keySet());
        this.currencies.sort(Comparator.comparingInt(String::length).reversed());
        this.lowerBound = new PhraseSet(rules.lowerBound());
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        if (currencies.isEmpty() || !s.hasDigit()) return;
        String text = s.text();
        boolean any = false;
        for (String c : currencies) any |= text.contains(c);
        if (!any) return;
        Matcher m = numbers.pattern().matcher(text);
        while (m.find()) {
            NumberReader.Read n = numbers.read(text, m);
            String before = currencyBefore(text, n.start());
            int start = n.start();
            int end = n.end();
            String code = null;
            if (before != null) {
                code = rules.currencies().get(before);
                start = text.lastIndexOf(before, n.start());
            } else {
                Map.Entry<String, Integer> after = currencyAfter(text, n.end());
                if (after != null) {
                    code = rules.currencies().get(after.getKey());
                    end = after.getValue();
                }
            }
            if (code == null || s.taken(start, end)) continue;
            PhraseSet.Found min = lowerBound.endingBefore(text, start);
            if (min != null) start = min.start();
            s.add(new MoneyMention(start, end, n.value(), code, min != null));
        }
    }

    /** The currency sign or code right before a number ("€3", "EUR 2.5"), or null. */
    private String currencyBefore(String text, int pos) {
        for (String c : currencies) {
            for (int gap = 0; gap <= 1; gap++) {
                int at = pos - gap - c.length();
                if (at < 0 || (gap == 1 && text.charAt(pos - 1) != ' ')) continue;
                if (text.startsWith(c, at) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (gap == 1 || !Character.isLetter(c.charAt(c.length() - 1)))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A currency word or code right after an amount ("500 million euro"), with where it ends. */
    private Map.Entry<String, Integer> currencyAfter(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) != ' ') return null;
        for (String c : currencies) {
            int end = pos + 1 + c.length();
            if (Character.isLetter(c.charAt(0)) && text.startsWith(c, pos + 1)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return Map.entry(c, end);
            }
        }
        return null;
    }
}
