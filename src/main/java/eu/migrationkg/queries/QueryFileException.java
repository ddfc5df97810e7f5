package eu.migrationkg.queries;

/** Something wrong in a query file, at a line of that file (1-based; 0 when it concerns the whole file). */
public final class QueryFileException extends Exception {

    private final int line;

    public QueryFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() { return line; }
}
