package eu.migrationkg.sources;

import java.nio.file.Path;

/** A source file that cannot be read, with the line where the reader gave up. */
public final class SourceException extends Exception {
    private final transient Path file;
    private final int line;

    public SourceException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public Path file() { return file; }

    /** 1-based line in the file, or 0 when the problem concerns the whole file. */
    public int line() { return line; }
}
