package eu.migrationkg.ingest;

import eu.migrationkg.ingest.html.HtmlConverter;
import eu.migrationkg.ingest.pdf.PdfConverter;
import eu.migrationkg.ingest.text.TextConverter;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ./kg add}: reads a file or URL, converts it, decides the front matter (the command's options
 * first, then what the document says about itself, then the defaults of {@code data/ingest/}), and
 * writes the source and the original. {@link #prepare} writes nothing, so a document that cannot be
 * added leaves the project as it was.
 */
public final class Ingestion {

    private static final Pattern NAME = Pattern.compile("(?=.{1,100}$)[a-z0-9]+(-[a-z0-9]+)*"); // what SourceReader accepts as an id
    /** Larger files are refused, as {@code SourceReader} refuses larger sources. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** What the person asked for on the command line; null where they said nothing. */
    public record Request(String input, String kind, String name, String url, String title, String date,
                          String identifier, String language, String publisher) { }

    /** One front matter value and where it came from. */
    public record Decision(String key, String value, String from) { }

    /** A converted document ready to be written. */
    public record Prepared(String name, Original original, String originalPath, String sha256, String format,
                           Map<String, String> frontMatter, String sourceText, List<Decision> decisions,
                           List<String> notes) { }

    private final Path root;
    private final IngestRules rules;
    private final DocumentFetcher fetcher;

    public Ingestion(Path projectRoot, IngestRules rules, DocumentFetcher fetcher) {
        this.root = projectRoot;
        this.rules = rules;
        this.fetcher = fetcher;
    }

    public Path sourceFile(String name) {
        return root.resolve("data").resolve("sources").resolve(name + ".md");
    }

    public Prepared prepare(Request r) throws IngestException {
        Original original = read(r.input());
        String format = original.format();
        String base = original.fetchedFrom().map(URI::toString).orElse("");
        ConvertedDocument doc = switch (format) {
            case "html" -> new HtmlConverter(rules).convert(original.bytes(), base, original.shown());
            case "pdf" -> new PdfConverter(rules).convert(original.bytes(), original.shown());
            default -> new TextConverter(rules).convert(original.bytes(), original.shown());
        };
        String shown = original.shown();
        List<Decision> decisions = new ArrayList<>();
        String title = decide(decisions, "title", r.title(), doc.title(), shown,
                "no title found; give --title \"...\"");
        String publisher = r.publisher() != null ? given(decisions, "publisher", r.publisher())
                : add(decisions, "publisher", rules.publisher(), "the default of " + IngestRules.FILE);
        LocalDate published = r.date() != null ? date(r.date())
                : doc.published().map(Clue::value).orElseThrow(() -> new IngestException(shown
                        + ": no publication date found (no <time datetime>, date meta tag or date line such as "
                        + "\"Brussels, 3.11.2027\"); give --date YYYY-MM-DD"));
        if (r.date() != null) given(decisions, "published", published.toString());
        else add(decisions, "published", published.toString(), doc.published().get().from());
        Optional<Clue<URI>> foundUrl = doc.url().or(() -> original.fetchedFrom()
                .map(u -> Clue.of(u, "the address it was fetched from")));
        String url = r.url() != null ? given(decisions, "url", url(r.url()).toString())
                : foundUrl.map(c -> add(decisions, "url", c.value().toString(), c.from()))
                        .orElseThrow(() -> new IngestException(shown + ": no canonical URL found (a file "
                                + "does not say where it is published); give --url with the document's public address"));
        Optional<Clue<String>> identifier = r.identifier() != null
                ? Optional.of(Clue.of(r.identifier(), "given")) : doc.identifier();
        String kind = r.kind() != null ? given(decisions, "kind", r.kind())
                : doc.kind().or(() -> identifier.flatMap(i -> rules.kindOfIdentifier(i.value())
                        .map(k -> Clue.of(k, "the identifier " + i.value()))))
                        .map(c -> add(decisions, "kind", c.value(), c.from()))
                        .orElseThrow(() -> new IngestException(shown + ": cannot tell what kind of document this is "
                                + "(no label or identifier says); give --kind, e.g. --kind communication"));
        String language = r.language() != null ? given(decisions, "language", givenLanguage(r.language()))
                : doc.language().map(c -> add(decisions, "language", language(c.value()), c.from()))
                        .orElseGet(() -> add(decisions, "language", rules.language(),
                                "assumed: the document declares none (the default of " + IngestRules.FILE + ")"));
        identifier.ifPresent(i -> {
            if (r.identifier() != null) given(decisions, "identifier", i.value());
            else add(decisions, "identifier", i.value(), i.from());
        });
        String name;
        if (r.name() != null) {
            if (!NAME.matcher(r.name()).matches()) {
                throw new IngestException("--as " + r.name() + ": a name is lower-case letters, digits and single hyphens "
                        + "(it becomes the file name and the document's IRI), e.g. --as com-2027-455");
            }
            name = given(decisions, "id", r.name());
        } else if (identifier.isPresent()) {
            name = add(decisions, "id", slug(identifier.get().value()), "the identifier");
        } else {
            name = add(decisions, "id", slug(title), "the title (no identifier; --as NAME chooses another)");
        }

        String originalPath = new OriginalStore(root).relativePath(name, format);
        String sha = OriginalStore.sha256(original.bytes());
        Map<String, String> fm = new LinkedHashMap<>();
        fm.put("title", title);
        fm.put("publisher", publisher);
        fm.put("published", published.toString());
        fm.put("url", url);
        fm.put("kind", kind);
        fm.put("language", language);
        identifier.ifPresent(i -> fm.put("identifier", i.value()));
        fm.put("id", name);
        fm.put("original", originalPath);
        fm.put("sha256", sha);
        return new Prepared(name, original, originalPath, sha, format, fm, SourceWriter.text(fm, doc.body()),
                List.copyOf(decisions), doc.notes());
    }

    /** Writes the original and then the source; refuses to overwrite a source unless {@code replace}. */
    public List<Path> write(Prepared p, boolean replace) throws IngestException {
        Path source = sourceFile(p.name());
        if (Files.exists(source) && !replace) {
            throw new IngestException("data/sources/" + p.name() + ".md exists already; give --replace to "
                    + "overwrite it, or --as ANOTHER-NAME to add this one beside it");
        }
        OriginalStore store = new OriginalStore(root);
        try {
            List<Path> stale = new ArrayList<>(store.existing(p.name()));
            Path original = store.write(p.originalPath(), p.original().bytes());
            stale.remove(original);
            try {
                SourceWriter.write(source, p.sourceText());
            } catch (IOException e) {
                if (stale.isEmpty() && !replace) Files.deleteIfExists(original);
                throw e;
            }
            for (Path old : stale) Files.deleteIfExists(old);
            return List.of(source, original);
        } catch (IOException e) {
            throw new IngestException("cannot write " + source + ": " + e.getMessage());
        }
    }

    private Original read(String input) throws IngestException {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return fetcher.fetch(url(input));
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new IngestException(input + ": no such file (give a file path or an http(s) address)");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IngestException(input + ": larger than " + MAX_FILE_BYTES + " bytes; a source is a policy "
                        + "document, not a data dump");
            }
            return new Original(Files.readAllBytes(file), input, file.getFileName().toString(), "", Optional.empty());
        } catch (IOException e) {
            throw new IngestException(input + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static String decide(List<Decision> decisions, String key, String given, Optional<Clue<String>> found,
                                 String shown, String missing) throws IngestException {
        if (given != null) return given(decisions, key, given);
        if (found.isPresent()) return add(decisions, key, found.get().value(), found.get().from());
        throw new IngestException(shown + ": " + missing);
    }

    private static String given(List<Decision> decisions, String key, String value) {
        return add(decisions, key, value, "given on the command line");
    }

    private static String add(List<Decision> decisions, String key, String value, String from) {
        decisions.add(new Decision(key, value, from));
        return value;
    }

    /** A file name and IRI slug: "IP/27/3310" gives ip-27-3310, "COM(2027) 455 final" com-2027-455. */
    public static String slug(String text) {
        String s = text.replaceAll("(?i)\\s+final$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? "document" : s;
    }

    private static LocalDate date(String value) throws IngestException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IngestException("--date " + value + ": not a date in the form YYYY-MM-DD");
        }
    }

    private static URI url(String value) throws IngestException {
        try {
            URI u = new URI(value.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!u.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new URISyntaxException(value, "not an absolute http(s) address");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IngestException(value + ": " + e.getReason() + " (give an address such as https://ec.europa.eu/...)");
        }
    }

    private static String givenLanguage(String value) throws IngestException {
        Locale l = Locale.forLanguageTag(value);
        if (l.getLanguage().isEmpty()) throw new IngestException("--language " + value + ": not a language tag such as en");
        return l.toLanguageTag();
    }

    /** A page's language as the sources write it: the tag, e.g. "en" or "en-GB". */
    private static String language(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        return l.getLanguage().isEmpty() ? tag : l.toLanguageTag();
    }
}
