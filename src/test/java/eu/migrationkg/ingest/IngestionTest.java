package eu.migrationkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversion of documents in the layouts the Commission publishes: a press-corner page and a COM
 * communication as PDF. Each test reads the converted source as add would write it.
 */
class IngestionTest {

    static final String PRESS_PAGE = "/ingest/press-corner-ip-27-3310.html";

    @TempDir Path dir;

    private Ingestion ingestion() throws IngestException {
        Path root = TestProject.layout().root();
        return new Ingestion(root, IngestRules.load(root), new DocumentFetcher(DocumentFetcher.Limits.DEFAULT));
    }

    static Path resource(Path dir, String name) throws IOException {
        Path file = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = IngestionTest.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static Ingestion.Request request(Path file, String url) {
        return new Ingestion.Request(file.toString(), null, null, url, null, null, null, null, null);
    }

    /** The body of the converted source: what follows the front matter. */
    private static String body(Ingestion.Prepared p) {
        String text = p.sourceText();
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    @Test
    void pressCornerPageGivesFrontMatterFromThePageAndItsMainTextOnly() throws Exception {
        Ingestion.Prepared p = ingestion().prepare(request(resource(dir, PRESS_PAGE), null));
        Map<String, String> fm = p.frontMatter();
        assertEquals("Commission steps up support for border management and legal pathways", fm.get("title"),
                "the h1, without the site's suffix");
        assertEquals("2027-11-03", fm.get("published"), "the <time datetime> of the page header, not the meta tag of 2 November");
        assertEquals("IP/27/3310", fm.get("identifier"));
        assertEquals("press-release", fm.get("kind"), "from the page's own label");
        assertEquals("en", fm.get("language"));
        assertEquals("https://ec.europa.eu/commission/presscorner/detail/en/ip_27_3310", fm.get("url"));
        assertEquals("ip-27-3310", fm.get("id"));
        assertEquals("data/originals/ip-27-3310.html", fm.get("original"));
        assertEquals(OriginalStore.sha256(Files.readAllBytes(dir.resolve("press-corner-ip-27-3310.html"))), fm.get("sha256"));

        String body = body(p);
        assertTrue(body.startsWith("# Commission steps up support for border management and legal pathways\n\n"), body);
        assertTrue(body.contains("\n## Stronger external borders\n"), body);
        assertTrue(body.contains("It mobilises **€2.5 billion** from the Asylum, Migration and Integration Fund"), body);
        assertTrue(body.contains("[Pact on Migration and Asylum](https://home-affairs.ec.europa.eu/policies/migration-and-asylum/pact-migration-and-asylum_en)"), body);
        assertTrue(body.contains("fully operational by 30 June 2028."), "italics written as plain words: " + body);
        assertTrue(body.contains("- Deploying **screening** at all external border crossing points.\n"
                + "- Supporting national authorities with **Frontex** teams, including "
                + "[on return](https://ec.europa.eu/commission/presscorner/detail/en/qanda_27_3311)."), "a list, relative link made absolute against the canonical URL: " + body);
        assertTrue(body.contains("Funding by priority\n\n| Priority | Amount |\n| --- | --- |\n"
                + "| Border management | €1.5 billion |\n| Legal pathways | €1 billion |"), "the table: " + body);
        assertTrue(body.contains("\n“With this package, every Member State will have the means to protect our external borders "
                + "and to welcome the talent our economies need.”\n"
                + "Magnus Brunner, Commissioner for Internal Affairs and Migration - 03/11/2027\n"), "quote then its attribution line: " + body);
        for (String chrome : List.of("cookies", "Press corner", "Home", "Legal notice", "Share on", "dataLayer",
                "European Commission website", "background", "Press release", "Brussels\n")) {
            assertFalse(body.contains(chrome), "no chrome or metadata line '" + chrome + "' in " + body);
        }
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("site chrome")), p.notes().toString());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("Press release 3 November 2027 Brussels")), p.notes().toString());
        assertTrue(p.decisions().contains(new Ingestion.Decision("kind", "press-release", "the page's label \"Press release\"")),
                p.decisions().toString());
    }

    @Test
    void comCommunicationPdfGivesTitlePageMetadataSectionsTableAndFootnote() throws Exception {
        Path pdf = dir.resolve("com.pdf");
        Files.write(pdf, ComPdf.communication());
        Ingestion.Prepared p = ingestion().prepare(request(pdf, "https://commission.europa.eu/document/com-2027-455_en"));
        Map<String, String> fm = p.frontMatter();
        assertEquals(ComPdf.TITLE, fm.get("title"));
        assertEquals("2027-11-03", fm.get("published"), "Brussels, 3.11.2027");
        assertEquals("COM(2027) 455 final", fm.get("identifier"));
        assertEquals("communication", fm.get("kind"));
        assertEquals("en", fm.get("language"));
        assertEquals("com-2027-455", fm.get("id"));
        assertEquals("data/originals/com-2027-455.pdf", fm.get("original"));

        String body = body(p);
        assertTrue(body.startsWith("EUROPEAN COMMISSION\n\nBrussels, 3.11.2027\n\nCOM(2027) 455 final\n\n# " + ComPdf.TITLE + "\n\n"), body);
        assertTrue(body.contains("\n## 1. INTRODUCTION\n\nThe Pact on Migration and Asylum applies from 12 June 2026. "
                + "Its rules on solidarity are set out in the Asylum and Migration Management Regulation[^1]. "
                + "The Commission will provide operational support to Member States under pressure.\n"),
                "one paragraph over three lines, hyphenated word joined, footnote mark kept: " + body);
        assertTrue(body.contains("\n## 2. FUNDING\n\n### 2.1 Amounts by instrument\n"), body);
        assertTrue(body.contains("| Instrument | Amount |\n| --- | --- |\n"
                + "| Asylum, Migration and Integration Fund | EUR 2.5 billion |\n"
                + "| Border Management and Visa Instrument | EUR 500 million |\n"), "the table: " + body);
        assertTrue(body.contains("\n## 3. NEXT STEPS\n"), body);
        assertTrue(body.endsWith("\n[^1]: " + ComPdf.FOOTNOTE + "\n"), "the footnote at the end: " + body);
        assertFalse(body.contains("opera-"), body);
        assertFalse(body.contains("EN 2 EN") || body.contains("\nEN\n") || body.contains("\n2\n"), "no running footer: " + body);
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("opera-tional → operational")), p.notes().toString());
        assertTrue(p.notes().stream().anyMatch(n -> n.startsWith("dropped 3 running header/footer")), p.notes().toString());
    }

    @Test
    void plainTextKeepsItsTextAndAsksForWhatItCannotTell() throws Exception {
        Path txt = dir.resolve("statement.txt");
        Files.writeString(txt, "Statement on the Solidarity Pool\r\n\r\nBrussels, 4 December 2027\r\n\r\n"
                + "The Commission welcomes the agreement.   \r\n\r\nSTATEMENT/27/4100\r\n");
        Ingestion.Prepared p = ingestion().prepare(request(txt, "https://ec.europa.eu/commission/presscorner/detail/en/statement_27_4100"));
        assertEquals("Statement on the Solidarity Pool", p.frontMatter().get("title"));
        assertEquals("2027-12-04", p.frontMatter().get("published"));
        assertEquals("STATEMENT/27/4100", p.frontMatter().get("identifier"));
        assertEquals("statement", p.frontMatter().get("kind"));
        assertEquals("statement-27-4100", p.frontMatter().get("id"));
        assertEquals("Statement on the Solidarity Pool\n\nBrussels, 4 December 2027\n\n"
                + "The Commission welcomes the agreement.\n\nSTATEMENT/27/4100\n", body(p));
        assertTrue(p.decisions().stream().anyMatch(d -> d.key().equals("language") && d.from().startsWith("assumed")),
                "the language it assumed is said: " + p.decisions());

        IngestException noUrl = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class,
                () -> ingestion().prepare(request(txt, null)));
        assertEquals(txt + ": no canonical URL found (a file does not say where it is published); "
                + "give --url with the document's public address", noUrl.getMessage());
    }

    @Test
    void namesComeFromTheIdentifier() {
        assertEquals("ip-27-3310", Ingestion.slug("IP/27/3310"));
        assertEquals("com-2027-455", Ingestion.slug("COM(2027) 455 final"));
        assertEquals("swd-2027-120", Ingestion.slug("SWD(2027) 120 final"));
        assertEquals("qanda-27-3311", Ingestion.slug("QANDA/27/3311"));
    }

    @Test
    void frontMatterValuesAreQuotedOnlyWhereYamlNeedsIt() {
        assertEquals("COM(2027) 455 final", SourceWriter.scalar("COM(2027) 455 final"));
        assertEquals("https://ec.europa.eu/x_en", SourceWriter.scalar("https://ec.europa.eu/x_en"));
        assertEquals("\"Questions and answers: the \\\"new\\\" Pact\"", SourceWriter.scalar("Questions and answers: the \"new\" Pact"));
        assertEquals("\"#1 priority\"", SourceWriter.scalar("#1 priority"));
        assertEquals("\"yes\"", SourceWriter.scalar("yes"));
    }
}
