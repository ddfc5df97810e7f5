package eu.migrationkg.ingest;

/**
 * A document that cannot be added, with a message for the person who tried: what is wrong with which
 * file and what to do about it, on one line. Nothing has been written when this is thrown.
 */
public final class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }
}
