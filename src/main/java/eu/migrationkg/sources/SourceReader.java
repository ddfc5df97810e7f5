package eu.migrationkg.sources;

import eu.migrationkg.base.Yaml;
import eu.migrationkg.vocab.Iris;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a source file: a YAML front matter between two {@code ---} lines, then the document's text.
 * Every refusal names the line it concerns, so a person can open the file and fix it.
 */
public final class SourceReader {

    private static final String FENCE = "---";

    /** Larger files are refused: a source is a policy document, not a data dump. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path file) throws SourceException {
        byte[] bytes = readBytes(file);
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw new SourceException(file, 1, "the file is empty; a source needs a front matter and a text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
            throw new SourceException(file, 1, "no front matter: the first line must be '---', followed by "
                    + "the keys " + String.join(", ", FrontMatter.REQUIRED) + " and a closing '---'");
        }
        int yamlStart = next(text, firstEnd);
        int pos = yamlStart;
        int line = 2;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (text.substring(pos, end).strip().equals(FENCE)) {
                String yaml = text.substring(yamlStart, pos);
                FrontMatter meta = parseFrontMatter(file, yaml);
                return new SourceDocument(keyOf(file, meta), file, meta, text.substring(next(text, end)), line + 1);
            }
            pos = next(text, end);
            line++;
        }
        throw new SourceException(file, 1, "the front matter opened on line 1 is never closed by a '---' line");
    }

    /**
     * The document's key, which its IRIs are made from: the front matter's {@code id} when given, else
     * the publisher's {@code identifier} as a slug (IP/24/1234 is ip-24-1234), else the file name without
     * {@code .md}. Either of the first two keeps the IRIs when the file is renamed.
     */
    private static String keyOf(Path file, FrontMatter meta) {
        if (meta.id().isPresent()) return meta.id().get();
        return meta.identifier().map(Iris::slug).orElseGet(() -> nameOf(file));
    }

    private static String nameOf(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    private byte[] readBytes(Path file) throws SourceException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(file, 0, String.format(Locale.ROOT,
                        "the file has %,d bytes, more than the limit of %,d (sources.maxBytes)", size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(file, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static String decode(Path file, byte[] bytes) throws SourceException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            int bad = in.position();
            throw new SourceException(file, lineOfByte(bytes, bad), String.format(Locale.ROOT,
                    "invalid UTF-8 at byte %d (0x%02X); save the file as UTF-8", bad, bytes[bad] & 0xff));
        } catch (CharacterCodingException e) {
            throw new SourceException(file, 0, "the file is not valid UTF-8");
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    /** Reads the YAML keys with the file line of each; the YAML starts on line 2 of the file. */
    private static FrontMatter parseFrontMatter(Path file, String yaml) throws SourceException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (JsonParser p = Yaml.parser(yaml)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new SourceException(file, 2, "the front matter is empty; it needs the keys "
                        + String.join(", ", FrontMatter.REQUIRED));
            }
            if (t != JsonToken.START_OBJECT) {
                throw new SourceException(file, fileLine(p.currentTokenLocation()),
                        "the front matter must be 'key: value' lines");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = fileLine(p.currentTokenLocation());
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    throw new SourceException(file, keyLine, "'" + key + "' must be a single value, not a list or map");
                }
                if (values.containsKey(key)) {
                    throw new SourceException(file, keyLine, "'" + key + "' is given twice (first on line "
                            + lines.get(key) + ")");
                }
                values.put(key, v == JsonToken.VALUE_NULL ? "" : p.getText().strip());
                lines.put(key, keyLine);
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = Yaml.problem(e);
            throw new SourceException(file, loc == null ? 2 : fileLine(loc), "malformed front matter: " + msg);
        } catch (IOException e) {
            throw new SourceException(file, 2, "malformed front matter: " + e.getMessage());
        }
        for (String key : FrontMatter.REQUIRED) {
            if (values.getOrDefault(key, "").isEmpty()) {
                throw new SourceException(file, lines.getOrDefault(key, 1),
                        "the front matter has no value for '" + key + "' (required: "
                                + String.join(", ", FrontMatter.REQUIRED) + ")");
            }
        }
        for (String key : values.keySet()) {
            if (!FrontMatter.REQUIRED.contains(key) && !FrontMatter.OPTIONAL.contains(key)) {
                throw new SourceException(file, lines.get(key), "unknown front matter key '" + key
                        + "' (known: " + String.join(", ", FrontMatter.REQUIRED) + ", "
                        + String.join(", ", FrontMatter.OPTIONAL) + ")");
            }
        }
        String modified = values.getOrDefault("modified", "");
        return new FrontMatter(
                values.get("title"),
                values.get("publisher"),
                date(file, lines, "published", values.get("published")),
                modified.isEmpty() ? Optional.empty() : Optional.of(date(file, lines, "modified", modified)),
                url(file, lines.get("url"), values.get("url")),
                values.get("kind"),
                language(file, lines.get("language"), values.get("language")),
                Optional.ofNullable(values.get("identifier")).filter(s -> !s.isEmpty()),
                Map.copyOf(lines),
                id(file, lines, values.get("id")));
    }

    private static Optional<String> id(Path file, Map<String, Integer> lines, String value) throws SourceException {
        if (value == null || value.isEmpty()) return Optional.empty();
        if (!value.equals(Iris.slug(value))) {
            throw new SourceException(file, lines.get("id"), "'id' is '" + value + "'; a document's id is made of "
                    + "lower-case letters, digits and single hyphens, e.g. '" + Iris.slug(value) + "'");
        }
        return Optional.of(value);
    }

    private static int fileLine(JsonLocation loc) {
        return loc.getLineNr() + 1;
    }

    private static LocalDate date(Path file, Map<String, Integer> lines, String key, String value)
            throws SourceException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new SourceException(file, lines.get(key), "'" + key + "' is '" + value
                    + "', not a date that exists in the form YYYY-MM-DD");
        }
    }

    private static URI url(Path file, int line, String value) throws SourceException {
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceException(file, line, "'url' is '" + value + "': " + e.getReason());
        }
    }

    private static String language(Path file, int line, String value) throws SourceException {
        Locale locale = Locale.forLanguageTag(value);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(value)) {
            throw new SourceException(file, line, "'language' is '" + value
                    + "', not a BCP 47 language tag such as 'en'");
        }
        return locale.toLanguageTag();
    }
}
