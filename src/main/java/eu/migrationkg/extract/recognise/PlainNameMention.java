package eu.migrationkg.extract.recognise;

/**
 * A plain noun phrase in lower case whose noun makes it a thing ("multi-purpose centres", "return hubs"):
 * not a name, so it stands for a thing only where an action or an amount names it.
 *
 * @param label the wording, without markup
 * @param kind  the IRI kind of the thing
 * @param type  local name of its class
 */
public record PlainNameMention(int start, int end, String label, String kind, String type) implements Mention {}
