package eu.migrationkg.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The one JSON mapper of the code base (Jackson, default settings), for every package. It is kept
 * private so that nobody reconfigures it for everyone: what a use needs differently (indentation,
 * sorted map keys, tolerance of unknown fields) it asks of its own {@link ObjectWriter} or
 * {@link ObjectReader}, which are immutable and derived from this mapper.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line, no spaces: JSON inside a page, or answered to a script. */
    public static final ObjectWriter COMPACT = MAPPER.writer();

    /** Indented (Jackson's default pretty printer): what people may read (API bodies, state and manifest files). */
    public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** A reader of {@code type}, to be tuned ({@code without(...)}) by the caller. */
    public static ObjectReader readerFor(Class<?> type) {
        return MAPPER.readerFor(type);
    }

    public static JsonNode tree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }
}
