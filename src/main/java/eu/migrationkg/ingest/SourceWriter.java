package eu.migrationkg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a source of {@code data/sources/}: the front matter (keys in a fixed order, values quoted only
 * where YAML needs it) and the converted text, whole or not at all.
 */
public final class SourceWriter {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][^\\n#\"']*");

    private SourceWriter() {}

    /** The file's text: {@code ---}, one {@code key: value} line per entry in order, {@code ---}, the body. */
    public static String text(Map<String, String> frontMatter, String body) {
        StringBuilder sb = new StringBuilder("---\n");
        frontMatter.forEach((k, v) -> sb.append(k).append(": ").append(scalar(v)).append('\n'));
        sb.append("---\n").append(body);
        return sb.toString();
    }

    /** A YAML scalar: plain when it cannot be misread, else double-quoted with escapes. */
    static String scalar(String value) {
        boolean plain = PLAIN.matcher(value).matches() && !value.contains(": ") && !value.endsWith(":")
                && !value.endsWith(" ") && !value.matches("(?i)(true|false|yes|no|on|off|null|~)");
        if (plain) return value;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Writes the text to {@code target} through a temporary file moved into place. */
    public static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".add-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
