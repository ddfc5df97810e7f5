package eu.migrationkg.extract.recognise;

/**
 * A length of time: "four years", "a 3-year plan". {@code coming} when the text makes it start at
 * publication ("for the next four years").
 */
public record DurationMention(int start, int end, int amount, String unit, boolean coming) implements Mention {}
