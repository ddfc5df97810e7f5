package eu.migrationkg.extract.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import eu.migrationkg.base.Yaml;
import eu.migrationkg.sources.SourceException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a YAML rule file of {@code data/extraction/} into {@link RuleNode}s that remember their line.
 * Only plain YAML is accepted (maps, lists, strings); anything unreadable is refused with its line.
 */
public final class RuleFileReader {


    public RuleNode read(Path file) throws SourceException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(file, 0, "the rule file is not valid UTF-8");
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read the rule file: " + e.getMessage());
        }
        try (JsonParser p = Yaml.parser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new SourceException(file, 1, "the rule file is empty");
            return node(file, p, t);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = Yaml.problem(e);
            throw new SourceException(file, loc == null ? 0 : loc.getLineNr(), "malformed YAML: " + msg);
        } catch (IOException e) {
            throw new SourceException(file, 0, "malformed YAML: " + e.getMessage());
        }
    }

    private RuleNode node(Path file, JsonParser p, JsonToken t) throws IOException, SourceException {
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                RuleNode map = RuleNode.map(file, line);
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (map.entries().containsKey(key)) {
                        throw new SourceException(file, keyLine, "'" + key + "' is given twice");
                    }
                    map.put(key, node(file, p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                RuleNode list = RuleNode.list(file, line);
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.addItem(node(file, p, t));
                }
                return list;
            }
            case VALUE_NULL -> {
                return RuleNode.scalar(file, line, "");
            }
            default -> {
                if (t.isScalarValue()) return RuleNode.scalar(file, line, p.getText());
                throw new SourceException(file, line, "unexpected YAML element " + t);
            }
        }
    }
}
