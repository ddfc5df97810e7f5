package eu.migrationkg.base;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * The one YAML reader (Jackson's YAML format, default settings) of the sources' front matter, the rule
 * files, the saved queries' {@code #+} decorators and the ingestion rules. Those that report a problem by
 * line read tokens ({@link #parser}); the others read a tree.
 */
public final class Yaml {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder().build());

    private Yaml() {}

    /** Tokens with their locations, for a reader that names the line of each problem. */
    public static JsonParser parser(String yaml) throws IOException {
        return MAPPER.getFactory().createParser(yaml);
    }

    public static JsonNode tree(String yaml) throws IOException {
        return MAPPER.readTree(yaml);
    }

    /** What the parser said, first line only: the rest is its own dump of the location, given apart. */
    public static String problem(JsonProcessingException e) {
        return e.getOriginalMessage().lines().findFirst().orElse("malformed YAML");
    }
}
