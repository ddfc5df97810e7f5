package eu.migrationkg.extract.recognise;

/** Something written as a date that does not exist ("30 February 2026"): reported, never stated. */
public record InvalidDateMention(int start, int end, String text, String reason) implements Mention {}
