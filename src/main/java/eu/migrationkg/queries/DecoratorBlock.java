package eu.migrationkg.queries;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code #+} lines of a query file read as one YAML document, as grlc reads them, remembering the
 * file line of every key and item so that a problem in a decorator names its line.
 */
final class DecoratorBlock {

    static final String MARK = "#+";

    private final ObjectNode root;
    private final Map<String, Integer> lines;
    private final int firstLine;

    private DecoratorBlock(ObjectNode root, Map<String, Integer> lines, int firstLine) {
        this.root = root;
        this.lines = lines;
        this.firstLine = firstLine;
    }

    ObjectNode root() { return root; }

    /** The file line of the value at a JSON pointer ({@code /defaults/0/year}), or of its nearest parent. */
    int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer l = lines.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return firstLine;
        }
    }

    static DecoratorBlock read(String fileText) throws QueryFileException {
        StringBuilder yaml = new StringBuilder();
        List<Integer> fileLines = new ArrayList<>();
        String[] all = fileText.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.startsWith(MARK)) {
                String rest = line.substring(MARK.length());
                yaml.append(rest.startsWith(" ") ? rest.substring(1) : rest).append('\n');
                fileLines.add(i + 1);
            }
        }
        int first = fileLines.isEmpty() ? 1 : fileLines.get(0);
        if (fileLines.isEmpty()) {
            return new DecoratorBlock(JsonNodeFactory.instance.objectNode(), Map.of(), first);
        }
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Yaml.parser(yaml.toString())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new DecoratorBlock(JsonNodeFactory.instance.objectNode(), Map.of(), first);
            }
            if (t != JsonToken.START_OBJECT) {
                throw new QueryFileException(first, "the #+ lines must be 'key: value' decorators such as "
                        + "'#+ summary: ...'");
            }
            JsonNode node = readValue(p, "", lines, fileLines);
            return new DecoratorBlock((ObjectNode) node, lines, first);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = Yaml.problem(e);
            throw new QueryFileException(loc == null ? first : fileLine(loc, fileLines),
                    "malformed #+ decorators: " + msg);
        } catch (IOException e) {
            throw new QueryFileException(first, "malformed #+ decorators: " + e.getMessage());
        }
    }

    private static int fileLine(JsonLocation loc, List<Integer> fileLines) {
        int yamlLine = Math.max(1, loc.getLineNr());
        return fileLines.get(Math.min(yamlLine, fileLines.size()) - 1);
    }

    /** Reads the value at the current token, recording the line of each value by its JSON pointer. */
    private static JsonNode readValue(JsonParser p, String pointer, Map<String, Integer> lines,
                                      List<Integer> fileLines) throws IOException, QueryFileException {
        lines.put(pointer, fileLine(p.currentTokenLocation(), fileLines));
        JsonToken t = p.currentToken();
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode obj = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = pointer + "/" + key;
                    int keyLine = fileLine(p.currentTokenLocation(), fileLines);
                    if (obj.has(key)) {
                        throw new QueryFileException(keyLine, "decorator '" + key + "' is given twice");
                    }
                    p.nextToken();
                    obj.set(key, readValue(p, child, lines, fileLines));
                    lines.put(child, keyLine);
                }
                return obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = f.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(readValue(p, pointer + "/" + i++, lines, fileLines));
                }
                return arr;
            }
            case VALUE_NULL -> { return f.nullNode(); }
            // Scalars are kept as written: a default of 2026 is the text "2026", typed by its parameter.
            default -> { return f.textNode(p.getText()); }
        }
    }

    /** A scalar of the decorators with its line; {@code list} when it was given as a list. */
    record Located(String text, int line, boolean list) {}

    /**
     * The values given to a parameter under {@code defaults} or {@code enumerate}, in either of grlc's
     * shapes: a list of one-key maps ({@code - year: 2026}) or a plain map ({@code year: 2026}).
     */
    List<Located> located(String key, String name) throws QueryFileException {
        JsonNode section = root.get(key);
        List<Located> out = new ArrayList<>();
        if (section == null) return out;
        List<String> pointers = new ArrayList<>();
        if (section.isObject() && section.has(name)) pointers.add("/" + key + "/" + name);
        if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                if (section.get(i).isObject() && section.get(i).has(name)) pointers.add("/" + key + "/" + i + "/" + name);
            }
        }
        for (String pointer : pointers) {
            JsonNode value = root.at(pointer);
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isTextual()) {
                        throw new QueryFileException(line(pointer + "/" + i), "values of '" + name + "' must be plain values");
                    }
                    out.add(new Located(value.get(i).asText(), line(pointer + "/" + i), true));
                }
            } else if (value.isTextual()) {
                out.add(new Located(value.asText(), line(pointer), false));
            } else {
                throw new QueryFileException(line(pointer), "'" + key + "' of '" + name + "' must be a value or a list of values");
            }
        }
        return out;
    }

    /** Names under {@code defaults} or {@code enumerate}, checked for shape. */
    Set<String> namedValues(String key, boolean listsExpected)
            throws QueryFileException {
        JsonNode section = root.get(key);
        Set<String> names = new LinkedHashSet<>();
        if (section == null) return names;
        if (section.isObject()) {
            section.fieldNames().forEachRemaining(names::add);
        } else if (section.isArray()) {
            for (int i = 0; i < section.size(); i++) {
                JsonNode item = section.get(i);
                if (!item.isObject() || item.size() != 1) {
                    throw new QueryFileException(line("/" + key + "/" + i), "each item of '" + key
                            + "' must be 'name: " + (listsExpected ? "[values]" : "value") + "'");
                }
                item.fieldNames().forEachRemaining(names::add);
            }
        } else {
            throw new QueryFileException(line("/" + key), "'" + key + "' must be a list of 'name: "
                    + (listsExpected ? "[values]" : "value") + "' items");
        }
        return names;
    }

    Set<String> fieldNames(String key) throws QueryFileException {
        JsonNode section = root.get(key);
        Set<String> names = new LinkedHashSet<>();
        if (section == null) return names;
        if (!section.isObject()) {
            throw new QueryFileException(line("/" + key), "'" + key + "' must map each parameter name to its description");
        }
        section.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The text at a path such as {@code summary} or {@code view/x}; empty when absent. */
    Optional<String> text(String path) throws QueryFileException {
        JsonNode n = root.at("/" + path);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (!n.isTextual()) {
            throw new QueryFileException(line("/" + path), "'" + path + "' must be text");
        }
        return Optional.of(n.asText().strip());
    }

    /** One text or a list of texts. */
    List<String> strings(String key) throws QueryFileException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return List.of();
        if (n.isTextual()) return List.of(n.asText().strip());
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) {
                    throw new QueryFileException(line("/" + key + "/" + i), "each of '" + key + "' must be text");
                }
                out.add(n.get(i).asText().strip());
            }
            return out;
        }
        throw new QueryFileException(line("/" + key), "'" + key + "' must be a list of text");
    }
}
