package eu.migrationkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import eu.migrationkg.base.Yaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the institutions' documents say about themselves, from {@code data/ingest/documents.yaml}: title
 * suffixes, identifier patterns and the kinds they denote, the page labels of kinds, date lines, and
 * where a web page keeps its text. Month names come from {@code data/extraction/calendar.yaml}.
 */
public final class IngestRules {

    public static final String FILE = "data/ingest/documents.yaml";
    private static final String CALENDAR = "data/extraction/calendar.yaml";

    /** An identifier pattern and the kind of document it denotes. */
    public record IdentifierRule(Pattern pattern, String kind) { }

    private final String publisher;
    private final String language;
    private final List<String> titleSuffixes;
    private final List<IdentifierRule> identifiers;
    private final Map<String, String> kindLabels;
    private final Map<String, String> defaultKinds;
    private final List<Pattern> dateLines;
    private final Map<String, Integer> months;
    private final JsonNode html;
    private final JsonNode pdf;

    private IngestRules(JsonNode root, JsonNode calendar, Path file) throws IngestException {
        publisher = text(root, "publisher", file);
        language = text(root, "language", file);
        titleSuffixes = strings(root.path("titleSuffixes"));
        identifiers = new ArrayList<>();
        for (JsonNode n : root.path("identifiers")) {
            identifiers.add(new IdentifierRule(pattern(n.path("pattern").asText(), file), n.path("kind").asText()));
        }
        kindLabels = new LinkedHashMap<>();
        root.path("kindLabels").fields().forEachRemaining(e ->
                kindLabels.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        defaultKinds = new LinkedHashMap<>();
        root.path("defaultKinds").fields().forEachRemaining(e -> defaultKinds.put(e.getKey(), e.getValue().asText()));
        dateLines = new ArrayList<>();
        for (JsonNode n : root.path("dateLines")) dateLines.add(pattern(n.asText(), file));
        months = new LinkedHashMap<>();
        calendar.path("months").fields().forEachRemaining(e ->
                months.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt()));
        html = root.path("html");
        pdf = root.path("pdf");
    }

    /** The rules of a project: {@code data/ingest/documents.yaml} under {@code root}. */
    public static IngestRules load(Path root) throws IngestException {
        Path file = root.resolve(FILE);
        Path calendar = root.resolve(CALENDAR);
        try {
            return new IngestRules(Yaml.tree(Files.readString(file)), Yaml.tree(Files.readString(calendar)), file);
        } catch (IOException e) {
            throw new IngestException(FILE + " (or " + CALENDAR + ") cannot be read: "
                    + e.getMessage().lines().findFirst().orElse("") + "; restore it from the repository");
        }
    }

    private static String text(JsonNode root, String key, Path file) throws IngestException {
        String v = root.path(key).asText("");
        if (v.isBlank()) throw new IngestException(file + ": '" + key + "' is missing");
        return v;
    }

    private static Pattern pattern(String regex, Path file) throws IngestException {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IngestException(file + ": the pattern '" + regex + "' is not a regular expression: "
                    + e.getDescription());
        }
    }

    static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.asText());
        return List.copyOf(out);
    }

    public String publisher() { return publisher; }

    public String language() { return language; }

    /** The title without a site suffix such as " - European Commission"; the same title if it has none. */
    public String cleanTitle(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        boolean again = true;
        while (again) {
            again = false;
            for (String suffix : titleSuffixes) {
                if (t.length() > suffix.length() && t.regionMatches(true, t.length() - suffix.length(), suffix, 0, suffix.length())) {
                    t = t.substring(0, t.length() - suffix.length()).strip();
                    again = true;
                }
            }
        }
        return t;
    }

    /** The first identifier in the text, with its rule; the earliest match of any pattern wins. */
    public Optional<Map.Entry<String, IdentifierRule>> identifierIn(String text) {
        Map.Entry<String, IdentifierRule> best = null;
        int bestAt = Integer.MAX_VALUE;
        for (IdentifierRule r : identifiers) {
            Matcher m = r.pattern().matcher(text);
            if (m.find() && m.start() < bestAt) {
                bestAt = m.start();
                best = Map.entry(m.group(), r);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The kind of an identifier found by {@link #identifierIn}. */
    public Optional<String> kindOfIdentifier(String identifier) {
        return identifiers.stream().filter(r -> r.pattern().matcher(identifier).matches())
                .map(IdentifierRule::kind).findFirst();
    }

    /** The kind a page label denotes ("Press release"), case ignored. */
    public Optional<String> kindOfLabel(String label) {
        return Optional.ofNullable(kindLabels.get(label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }

    public Optional<String> defaultKind(String format) {
        return Optional.ofNullable(defaultKinds.get(format));
    }

    /** The date a line states when it is a date line ("Brussels, 3.11.2027"). */
    public Optional<LocalDate> dateLine(String line) {
        String l = line.strip().replace('\u00a0', ' ');
        for (Pattern p : dateLines) {
            Matcher m = p.matcher(l);
            if (!m.find()) continue;
            Optional<LocalDate> d = date(m);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<LocalDate> date(Matcher m) {
        try {
            int day = Integer.parseInt(m.group("day"));
            int year = Integer.parseInt(m.group("year"));
            Integer month = group(m, "month").map(Integer::parseInt)
                    .or(() -> group(m, "monthName").map(n -> months.get(n.toLowerCase(Locale.ROOT))))
                    .orElse(null);
            return month == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code html} section: selectors of main text, of chrome to remove, of metadata, of attributions. */
    public List<String> html(String key) { return strings(html.path(key)); }

    public double pdfMargin() { return pdf.path("margin").asDouble(0.09); }

    public Pattern pdfPageNumber() { return Pattern.compile(pdf.path("pageNumber").asText("^\\d{1,4}$")); }

    public List<String> pdfNotTitle() { return strings(pdf.path("notTitle")); }
}
