package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.NumberRules;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as the documents write them: digits grouped by thousands ("412 300", "1,250,000"), a
 * decimal part ("12.5"), a scale word ("billion"), or a number word ("four").
 */
public final class NumberReader {

    /** A number found in text, with how it was written. */
    public record Read(int start, int end, BigDecimal value, boolean grouped, boolean decimal, boolean scaled) {
        /** Written with no grouping, decimals or scale: "2023", "10". */
        public boolean plain() { return !grouped && !decimal && !scaled; }
    }

    private final NumberRules rules;
    private final Pattern number;
    private final PhraseSet scales;

    public NumberReader(NumberRules rules) {
        this.rules = rules;
        String group = rules.groupSeparators().isEmpty() ? "(?!)" : "(?:" + String.join("|", rules.groupSeparators().stream().map(Pattern::quote).toList()) + ")";
        String dec = Pattern.quote(rules.decimalMark());
        this.number = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{N}" + Pattern.quote(rules.decimalMark()) + "])"
                + "(?<int>[1-9]\\d{0,2}(?:" + group + "\\d{3})+|0|[1-9]\\d*)(?:" + dec + "(?<frac>\\d+))?(?![\\p{N}])");
        this.scales = new PhraseSet(rules.scales().keySet().stream().sorted().toList(), false);
    }

    public Pattern pattern() {
        return number;
    }

    /** The number starting exactly at {@code pos}, with a following scale word, or null. */
    public Read at(String text, int pos) {
        Matcher m = number.matcher(text).region(pos, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? read(text, m) : null;
    }

    /** Reads the number of a match of {@link #pattern()}, with a following scale word if any. */
    public Read read(String text, Matcher m) {
        String intPart = m.group("int");
        StringBuilder d = new StringBuilder(intPart.length());
        for (int i = 0; i < intPart.length(); i++) if (Character.isDigit(intPart.charAt(i))) d.append(intPart.charAt(i));
        String digits = d.toString();
        boolean grouped = digits.length() != intPart.length();
        String frac = m.group("frac");
        BigDecimal value = new BigDecimal(frac == null ? digits : digits + "." + frac);
        int end = m.end();
        boolean scaled = false;
        PhraseSet.Found scale = scales.startingAt(text, end);
        if (scale != null && scale.start() - end <= 1) {
            value = value.multiply(rules.scales().get(scales.canonical(scale)));
            end = scale.end();
            scaled = true;
        }
        return new Read(m.start(), end, normal(value), grouped, frac != null, scaled);
    }

    /** A number word ("four") or digits ("5") as an integer, or -1. */
    public int count(String word) {
        if (word.matches("\\d{1,4}")) return Integer.parseInt(word);
        Integer n = rules.words().get(word.toLowerCase(Locale.ROOT));
        return n == null ? -1 : n;
    }

    /** The number words and digits, as a regular expression alternative. */
    public String countPattern() {
        StringBuilder sb = new StringBuilder("\\d{1,3}");
        rules.words().keySet().stream().sorted().forEach(w -> sb.append('|').append(Pattern.quote(w)));
        return sb.toString();
    }

    public static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
