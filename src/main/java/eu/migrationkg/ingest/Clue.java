package eu.migrationkg.ingest;

/** A value read off a document, with where it was read, so that add can say how it decided. */
public record Clue<T>(T value, String from) {

    public static <T> Clue<T> of(T value, String from) {
        return new Clue<>(value, from);
    }
}
