package eu.migrationkg.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.graph.ReleaseManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one mapper writes the bytes the separate mappers it replaced wrote: answers' ETags, cluster state
 * and release manifests (which feed byte-identical dumps and release ids) do not change.
 */
class JsonTest {

    private static ObjectNode sample() {
        ObjectNode n = Json.object().put("b", 1).put("a", "x \u00e9 \"q\" </script>").putNull("n");
        n.putArray("empty");
        n.putObject("nested").putArray("list").add(1.5).add(true).addObject().put("k", "v");
        n.putObject("none");
        return n;
    }

    @Test
    void prettyIsWhatAnIndentingMapperWrote() throws Exception {
        ObjectMapper indenting = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertEquals(indenting.writeValueAsString(sample()), Json.PRETTY.writeValueAsString(sample()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1, 2));
        map.put("a", Map.of());
        assertEquals(indenting.writeValueAsString(map), Json.PRETTY.writeValueAsString(map), "map order is kept");
    }

    @Test
    void compactIsWhatAPlainMapperWrote() throws Exception {
        assertEquals(new ObjectMapper().writeValueAsString(sample()), Json.COMPACT.writeValueAsString(sample()));
    }

    @Test
    void aReleaseManifestIsWrittenAsBeforeAndReadBack(@TempDir Path dir) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("triples", 10L);
        counts.put("documents", 2L);
        ReleaseManifest m = new ReleaseManifest("abc", "https://example.org/", "2027-01-01T00:00:00Z", 12, "code",
                counts, List.of(new ReleaseManifest.Input("data/a.md", "00ff")), null);
        m.write(dir);
        ObjectMapper before = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        assertEquals(before.writeValueAsString(m), Files.readString(dir.resolve(ReleaseManifest.FILE)));
        assertEquals(m, ReleaseManifest.read(dir));
        // A field a later version adds does not stop this one from reading the manifest.
        Files.writeString(dir.resolve(ReleaseManifest.FILE),
                Files.readString(dir.resolve(ReleaseManifest.FILE)).replaceFirst("\\{", "{\"later\": 1,"));
        assertEquals(m, ReleaseManifest.read(dir));
    }
}
