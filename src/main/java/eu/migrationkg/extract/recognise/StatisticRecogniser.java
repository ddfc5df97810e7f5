package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.StatisticRules;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.sources.SourceDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds statistics: a number that is written as a figure (grouped digits, decimals, a scale word, a
 * percentage, or large enough) followed by the words of what it counts. Amounts of money, dates and
 * legal references are left to their own recognisers.
 */
public final class StatisticRecogniser implements Recogniser {

    private static final int MAX_MEASURE_WORDS = 12;

    private final StatisticRules rules;
    private final NumberReader numbers;
    private final PhraseSet percent;
    private final PhraseSet comparison;
    private final PhraseSet people;
    private final PhraseSet prepositions;
    private final Pattern trailingYear;

    public StatisticRecogniser(StatisticRules rules, NumberReader numbers) {
        this.rules = rules;
        this.numbers = numbers;
        this.percent = new PhraseSet(rules.percent().stream().filter(p -> Character.isLetter(p.charAt(0))).toList());
        this.comparison = new PhraseSet(rules.comparison());
        this.people = new PhraseSet(List.copyOf(rules.people()));
        this.prepositions = new PhraseSet(rules.measurePrepositions());
        String preps = String.join("|", rules.measurePrepositions().stream().map(Pattern::quote).toList());
        this.trailingYear = Pattern.compile("\\s+(?:" + (preps.isEmpty() ? "(?!)" : preps) + ")\\s+((?:18|19|20|21)\\d\\d)$");
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        if (!s.hasDigit()) return;
        String text = s.text();
        Matcher m = numbers.pattern().matcher(text);
        while (m.find()) {
            NumberReader.Read n = numbers.read(text, m);
            if (s.taken(n.start(), n.end())) continue;
            int after = n.end();
            boolean isPercent = false;
            String sign = percentSign(text, after);
            if (sign != null) {
                isPercent = true;
                after = text.indexOf(sign, after) + sign.length();
            } else {
                PhraseSet.Found word = percent.startingAt(text, after);
                if (word != null && word.start() - after <= 1) {
                    isPercent = true;
                    after = word.end();
                }
            }
            if (!isPercent && n.plain() && (n.value().compareTo(BigDecimal.valueOf(rules.minimumPlainNumber())) < 0
                    || isYear(n))) {
                continue;
            }
            if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) continue; // "22nd", "2027Events"
            int[] measure = measure(text, after);
            if (measure == null) continue;
            String words = text.substring(measure[0], measure[1]);
            int year = 0;
            Matcher y = trailingYear.matcher(words);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
                words = words.substring(0, y.start());
            }
            String unit = isPercent ? "percent" : unit(words);
            if (unit == null) continue;
            StatisticMention previous = previous(s, n.start());
            if (isPercent && previous != null && n.start() > 0 && text.charAt(n.start() - 1) == '('
                    && text.substring(previous.end(), n.start() - 1).isBlank()) {
                words = rules.shareOf().replace("{counted}", previous.measure()).replace("{whole}", words);
            }
            boolean compared = comparison.endingBefore(text, n.start()) != null;
            s.add(new StatisticMention(n.start(), measure[1], n.value(), unit, words, year, compared));
        }
    }

    /** The statistic found last before this position in the sentence, if any. */
    private static StatisticMention previous(SentenceAnalysis s, int pos) {
        StatisticMention last = null;
        for (StatisticMention m : s.all(StatisticMention.class)) if (m.end() <= pos) last = m;
        return last;
    }

    private String percentSign(String text, int pos) {
        for (String p : rules.percent()) {
            if (Character.isLetter(p.charAt(0))) continue;
            if (text.startsWith(p, pos)) return p;
            if (pos < text.length() && text.charAt(pos) == ' ' && text.startsWith(p, pos + 1)) return p;
        }
        return null;
    }

    private static boolean isYear(NumberReader.Read n) {
        int v = n.value().intValue();
        return n.plain() && v >= 1800 && v <= 2199;
    }

    /** The words after the number that say what it counts: up to punctuation, a number or a comparison. */
    private int[] measure(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        List<Tokens.Token> words = Tokens.words(text, i, text.length());
        int start = -1;
        int end = -1;
        int count = 0;
        for (Tokens.Token t : words) {
            String gap = text.substring(end < 0 ? i : end, t.start());
            if (end >= 0 && !gap.isBlank()) break;
            if (Character.isDigit(t.text().charAt(0)) && count > 0 && !precededByPreposition(text, t.start())) break;
            if (count > 0 && comparison.startingAt(text, t.start()) != null) break;
            if (start < 0) {
                if (!Character.isLetter(t.text().charAt(0))) return null;
                if (rules.measureSkip().contains(t.text())) {
                    i = t.end();
                    end = t.end();
                    continue;
                }
                start = t.start();
            }
            end = t.end();
            if (++count >= MAX_MEASURE_WORDS) break;
        }
        return start < 0 ? null : new int[] {start, end};
    }

    private boolean precededByPreposition(String text, int pos) {
        return prepositions.endingBefore(text, pos) != null;
    }

    /** "people" when the first plural noun counts people, else that noun; null when nothing is counted. */
    private String unit(String measure) {
        for (PhraseSet.Found f : people.findAll(measure)) {
            if (f.start() >= 0) return "people";
        }
        for (Tokens.Token t : Tokens.words(measure)) {
            String w = t.text();
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0))) return w;
        }
        List<Tokens.Token> all = Tokens.words(measure);
        return all.isEmpty() ? null : all.get(all.size() - 1).text().toLowerCase(Locale.ROOT);
    }
}
