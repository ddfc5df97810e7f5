package eu.migrationkg.extract.recognise;

/** Something a recogniser found in a sentence; offsets are into the sentence's plain text. */
public interface Mention {
    int start();
    int end();

    default boolean overlaps(int s, int e) {
        return start() < e && s < end();
    }
}
