package eu.migrationkg.extract.recognise;

/**
 * "the Strategy", "the Observatory": a capitalised head word alone, standing for the last thing with
 * that head named in the document.
 */
public record ShortFormMention(int start, int end, String head, String kind, String type) implements Mention {}
