package eu.migrationkg.extract.recognise;

/**
 * A length of time: "five years", "a 5-year strategy". {@code coming} when the text makes it start at
 * publication ("for the next five years").
 */
public record DurationMention(int start, int end, int amount, String unit, boolean coming) implements Mention {}
