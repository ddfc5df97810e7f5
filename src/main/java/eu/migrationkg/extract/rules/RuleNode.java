package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One value of a rule file (a scalar, a list or a map) with the file and line it was written on, so
 * that every complaint about rule data points a person at the line to fix.
 */
public final class RuleNode {

    enum Shape { SCALAR, LIST, MAP }

    private final Path file;
    private final int line;
    private final Shape shape;
    private final String scalar;
    private final List<RuleNode> items = new ArrayList<>();
    private final Map<String, RuleNode> entries = new LinkedHashMap<>();

    private RuleNode(Path file, int line, Shape shape, String scalar) {
        this.file = file;
        this.line = line;
        this.shape = shape;
        this.scalar = scalar;
    }

    static RuleNode scalar(Path file, int line, String value) { return new RuleNode(file, line, Shape.SCALAR, value); }
    static RuleNode list(Path file, int line) { return new RuleNode(file, line, Shape.LIST, null); }
    static RuleNode map(Path file, int line) { return new RuleNode(file, line, Shape.MAP, null); }

    void addItem(RuleNode n) { items.add(n); }
    void put(String key, RuleNode n) { entries.put(key, n); }

    public Path file() { return file; }
    public int line() { return line; }

    /** A refusal located at this value. */
    public SourceException problem(String message) {
        return new SourceException(file, line, message);
    }

    public String text() throws SourceException {
        if (shape != Shape.SCALAR) throw problem("expected a single value here, found a " + describe());
        return scalar;
    }

    public int integer() throws SourceException {
        try {
            return Integer.parseInt(text().strip());
        } catch (NumberFormatException e) {
            throw problem("'" + scalar + "' is not a whole number");
        }
    }

    /** A Java regular expression, compiled; a broken one is reported at its line. */
    public Pattern pattern(int flags) throws SourceException {
        try {
            return Pattern.compile(text(), flags);
        } catch (PatternSyntaxException e) {
            throw problem("not a valid regular expression: " + e.getDescription() + " in '" + scalar + "'");
        }
    }

    public List<RuleNode> items() throws SourceException {
        if (shape != Shape.LIST) throw problem("expected a list ('- item' lines) here, found a " + describe());
        return List.copyOf(items);
    }

    /** The items of a list of single values. */
    public List<String> texts() throws SourceException {
        List<String> out = new ArrayList<>();
        for (RuleNode n : items()) out.add(n.text());
        return out;
    }

    public Map<String, RuleNode> entries() throws SourceException {
        if (shape != Shape.MAP) throw problem("expected 'key: value' lines here, found a " + describe());
        return java.util.Collections.unmodifiableMap(entries);
    }

    public RuleNode get(String key) throws SourceException {
        RuleNode n = entries().get(key);
        if (n == null) throw problem("missing key '" + key + "' (present: " + String.join(", ", entries.keySet()) + ")");
        return n;
    }

    public Optional<RuleNode> find(String key) throws SourceException {
        return Optional.ofNullable(entries().get(key));
    }

    private String describe() {
        return switch (shape) {
            case SCALAR -> "single value";
            case LIST -> "list";
            case MAP -> "map";
        };
    }
}
