package eu.migrationkg.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.migrationkg.base.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a release says about itself in {@value #FILE}: its id, the base of its IRIs, when and how long
 * it took to build, its counts, every input with its SHA-256, the code that built it, and the problems
 * met (files left out). Read back to open, list, prune and roll back releases without opening their store.
 *
 * @param counts     quads (in named graphs), graphs, documents, inferred triples, union triples
 * @param inputs     each input file, relative to the project, with the SHA-256 of its bytes
 * @param problems   what had to be left out, as {@code file:line: message}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseManifest(String id, String base, String built, long buildMillis, String code,
                              Map<String, Long> counts, List<Input> inputs, List<String> problems) {

    public static final String FILE = "manifest.json";

    /** Indented, counts in key order: the same release writes the same bytes. */
    private static final ObjectWriter WRITER = Json.PRETTY.with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** A manifest of a later version, with fields this one does not know, is still read. */
    private static final ObjectReader READER = Json.readerFor(ReleaseManifest.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One input file: its path relative to the project and the SHA-256 of its bytes. */
    public record Input(String path, String sha256) {}

    public ReleaseId releaseId() {
        return new ReleaseId(id);
    }

    public long count(String what) {
        return counts == null ? 0 : counts.getOrDefault(what, 0L);
    }

    public void write(Path folder) throws IOException {
        WRITER.writeValue(folder.resolve(FILE).toFile(), this);
    }

    public static ReleaseManifest read(Path folder) throws IOException {
        return READER.readValue(folder.resolve(FILE).toFile());
    }
}
