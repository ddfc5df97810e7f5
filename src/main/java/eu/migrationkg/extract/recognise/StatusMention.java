package eu.migrationkg.extract.recognise;

/** Words stating a status: "currently under negotiation", "the adoption of". {@code rank}: life-cycle order. */
public record StatusMention(int start, int end, String status, int rank) implements Mention {}
