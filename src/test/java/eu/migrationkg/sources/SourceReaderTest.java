package eu.migrationkg.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {

    private static final String GOOD_FRONT = """
            ---
            title: A test release
            publisher: European Commission
            published: 2026-03-02
            url: https://example.org/release
            kind: press-release
            language: en
            ---
            """;

    @TempDir Path dir;

    private final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private SourceException refusal(String text) throws IOException {
        Path p = write("doc.md", text);
        return assertThrows(SourceException.class, () -> reader.read(p));
    }

    @Test
    void readsFrontMatterAndKeepsTheBodyByteForByte() throws Exception {
        String body = "\n\nLine one.\r\nLine two without newline";
        SourceDocument doc = reader.read(write("release.md", GOOD_FRONT + body));
        assertEquals("release", doc.name());
        assertEquals("A test release", doc.meta().title());
        assertEquals(LocalDate.of(2026, 3, 2), doc.meta().published());
        assertEquals("en", doc.meta().language());
        assertEquals(body, doc.body());
        assertEquals(9, doc.bodyLine());
        assertEquals(11, doc.lineAt(body.indexOf("Line one")));
    }

    @Test
    void shippedSourcesKeepTheOriginalTextUnchanged() throws Exception {
        Path sums = Path.of("src/test/resources/source-bodies.sha256");
        List<String> lines = Files.readAllLines(TestProject.layout().root().resolve(sums));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] parts = line.split("\\s+");
            SourceDocument doc = reader.read(TestProject.layout().sourcesDir().resolve(parts[1]));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(doc.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(parts[0], HexFormat.of().formatHex(digest), parts[1]);
            checked++;
        }
        assertEquals(2, checked);
    }

    @Test
    void readsTheKeysKgAddWritesAboutTheOriginal() throws Exception {
        String front = GOOD_FRONT.replace("kind: press-release", "kind: press-release\nid: release\n"
                + "original: data/originals/release.html\nsha256: " + "ab".repeat(32));
        SourceDocument doc = reader.read(write("release.md", front + "Text.\n"));
        assertEquals("Text.\n", doc.body());
        assertEquals(9, doc.meta().lineOf("sha256"));
    }

    @Test
    void emptyFileIsRefusedOnLineOne() throws Exception {
        SourceException e = refusal("");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void missingFrontMatterIsRefused() throws Exception {
        SourceException e = refusal("Just some text\nwith no metadata\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no front matter"), e.getMessage());
    }

    @Test
    void unclosedFrontMatterIsRefused() throws Exception {
        SourceException e = refusal("---\ntitle: x\npublisher: y\n");
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void listWhereAValueBelongsIsRefused() throws Exception {
        SourceException e = refusal(GOOD_FRONT.replace("kind: press-release", "kind: [a, b]"));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("single value"), e.getMessage());
    }

    @Test
    void malformedYamlNamesItsLine() throws Exception {
        SourceException e = refusal(GOOD_FRONT.replace("kind: press-release", "kind: \"press-release"));
        assertEquals(6, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("malformed front matter"), e.getMessage());
    }

    @Test
    void missingRequiredKeyIsNamed() throws Exception {
        SourceException e = refusal(GOOD_FRONT.replace("url: https://example.org/release\n", ""));
        assertTrue(e.getMessage().contains("'url'"), e.getMessage());
    }

    @Test
    void impossibleDateNamesItsLine() throws Exception {
        SourceException e = refusal(GOOD_FRONT.replace("2026-03-02", "2026-02-30"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("2026-02-30"), e.getMessage());
    }

    @Test
    void unknownKeyIsRefusedSoTyposAreNotLost() throws Exception {
        SourceException e = refusal(GOOD_FRONT.replace("language: en", "language: en\npublsher: x"));
        assertEquals(8, e.line());
        assertTrue(e.getMessage().contains("publsher"), e.getMessage());
    }

    @Test
    void badLanguageAndUrlAreRefused() throws Exception {
        assertEquals(7, refusal(GOOD_FRONT.replace("language: en", "language: english!")).line());
        assertEquals(5, refusal(GOOD_FRONT.replace("https://example.org/release", "not a url")).line());
    }

    @Test
    void invalidUtf8NamesTheLineOfTheBadByte() throws Exception {
        byte[] head = (GOOD_FRONT + "fine line\nbad ").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        Path p = dir.resolve("bad.md");
        Files.write(p, bytes);
        SourceException e = assertThrows(SourceException.class, () -> reader.read(p));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws Exception {
        Path p = write("big.md", GOOD_FRONT + "x".repeat(2000));
        SourceException e = assertThrows(SourceException.class, () -> new SourceReader(1000).read(p));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void catalogKeepsGoodDocumentsWhenOneIsBroken() throws Exception {
        write("a-good.md", GOOD_FRONT + "Text.");
        write("b-broken.md", "no front matter");
        write("c-good.md", GOOD_FRONT + "More text.");
        write("notes.txt", "ignored: not a .md file");
        SourceCatalog catalog = SourceCatalog.read(dir, reader);
        assertEquals(List.of("a-good", "c-good"), catalog.documents().stream().map(SourceDocument::name).toList());
        assertEquals(1, catalog.problems().size());
        assertEquals("b-broken.md", catalog.problems().get(0).file().getFileName().toString());
    }
}
