package eu.migrationkg.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a person typed into a search box, made safe for Lucene: words and "quoted phrases", every one
 * required, a trailing {@code *} on a word for its prefix. A word is matched as a phrase, so one the
 * analyzer splits ("five-year", "cross-border") needs all its parts, in order. Lucene's own syntax is escaped, so no input
 * can make the query parser fail.
 */
public record SearchTerms(String input, List<String> clauses) {

    public static final int MAX_INPUT = 500;
    public static final int MAX_TERMS = 20;

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|(\\S+)");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

    /** Parses the input; an input with nothing to search for is an {@link IllegalArgumentException}. */
    public static SearchTerms parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.length() > MAX_INPUT) {
            throw new IllegalArgumentException("the search text is longer than " + MAX_INPUT + " characters");
        }
        List<String> clauses = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String phrase = m.group(1);
            String word = m.group(2);
            if (phrase != null) {
                if (WORDLIKE.matcher(phrase).find()) clauses.add("+\"" + QueryParserBase.escape(phrase.strip()) + "\"");
            } else if (WORDLIKE.matcher(word).find()) {
                boolean prefix = word.endsWith("*") && word.length() > 1;
                // Lower case also keeps AND, OR and NOT from being read as operators; matching ignores case anyway.
                String lower = word.toLowerCase(Locale.ROOT);
                // A prefix query takes its term as is (no analysis): keep it to what tokens start and end with.
                String stem = prefix ? lower.substring(0, lower.length() - 1).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "")
                        : lower;
                // A word the analyzer splits ("five-year") must match as written, so it is a phrase.
                clauses.add(prefix ? "+" + QueryParserBase.escape(stem) + "*" : "+\"" + QueryParserBase.escape(stem) + "\"");
            }
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("type at least one word to search for");
        }
        if (clauses.size() > MAX_TERMS) {
            throw new IllegalArgumentException("at most " + MAX_TERMS + " words or phrases, please");
        }
        return new SearchTerms(text, List.copyOf(clauses));
    }

    /** The Lucene query: every word and phrase required. */
    public String lucene() {
        return String.join(" ", clauses);
    }
}
