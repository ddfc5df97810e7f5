package eu.migrationkg.serve.visual;

/** A request a picture page cannot answer as asked: the status to send and a sentence saying why. */
final class BadPictureRequest extends Exception {

    private final int status;

    BadPictureRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() { return status; }
}
