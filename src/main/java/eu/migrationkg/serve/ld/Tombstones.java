package eu.migrationkg.serve.ld;

import eu.migrationkg.graph.IriRegister;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the register of published IRIs ({@code data/register.tsv}) says about an IRI the graph no longer
 * describes: what it was, so it can answer 410 Gone rather than 404. The file is read again when it
 * changes (a build, a pull), so a running server follows it.
 */
final class Tombstones {

    private static final Logger LOG = LoggerFactory.getLogger(Tombstones.class);

    private final Path file;
    private volatile Read read = new Read(null, IriRegister.empty());

    private record Read(FileTime modified, IriRegister register) {}

    Tombstones(Path file) {
        this.file = file;
    }

    /** The register's entry for a path under the namespace, if it was ever published. */
    Optional<IriRegister.Entry> published(String path) {
        return current().entry(path);
    }

    /** The version and date of the data the register was last written for. */
    String lastVersion() {
        IriRegister r = current();
        return (r.version() + " " + r.date()).strip();
    }

    private IriRegister current() {
        FileTime modified;
        try {
            modified = Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            modified = null;
        }
        Read r = read;
        if (modified == null) return IriRegister.empty();
        if (!modified.equals(r.modified())) {
            try {
                r = new Read(modified, IriRegister.read(file));
                read = r;
            } catch (IOException e) {
                // A broken register keeps the last good one; the build that wrote it reports the line.
                LOG.warn("register not read: {}", e.getMessage());
            }
        }
        return r.register();
    }
}
