package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.ProjectLayout;
import eu.migrationkg.ingest.ComPdf;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents added with {@code kg add} reach the served graph: a press-corner page and a COM
 * communication (PDF) are added to a copy of the repository, the real server is started on it, and the
 * graph is asked over SPARQL for the documents, their dates and identifiers, and the instruments,
 * money, dates and quotes they state, each from a passage whose quote is the converted text itself.
 * Then the round trip: add and build give the same dumps as the converted Markdown added by hand.
 */
class AddedDocumentsIT {

    private static final String PRESS = "id/source/ip-27-3310";
    private static final String COM = "id/source/com-2027-455";
    private static final String PREFIXES = """
            PREFIX mig: <ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    @TempDir static Path dir;
    static Path project;
    static RunningServer server;
    static CliRun pressAdd;
    static CliRun comAdd;

    @BeforeAll
    static void addAndServe() throws Exception {
        project = TestProject.copyTo(dir.resolve("added"));
        Path page = dir.resolve("ip_27_3310.html");
        try (InputStream in = AddedDocumentsIT.class.getResourceAsStream("/ingest/press-corner-ip-27-3310.html")) {
            Files.copy(in, page);
        }
        Path pdf = dir.resolve("COM_2027_455_F1_COMMUNICATION_EN.pdf");
        Files.write(pdf, ComPdf.communication());
        pressAdd = CliRun.of("add", page.toString(), "--project-dir", project.toString());
        comAdd = CliRun.of("add", pdf.toString(), "--url", "https://commission.europa.eu/document/com-2027-455_en",
                "--project-dir", project.toString());
        server = RunningServer.start(new ProjectLayout(project));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** The text after the front matter of a written source. */
    private static String body(String name) throws IOException {
        String text = Files.readString(project.resolve("data/sources/" + name + ".md"));
        return text.substring(text.indexOf("\n---\n", 3) + 5);
    }

    /** Rows of a SELECT as "value | value", IRIs under the namespace made relative. */
    private static List<String> select(String query) throws Exception {
        String q = "BASE <" + server.base() + ">\n" + PREFIXES + query;
        HttpResponse<String> r = server.post("sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<String> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            List<String> values = new ArrayList<>();
            for (String v : vars) values.add(b.has(v) ? b.get(v).path("value").asText().replace(server.base(), "") : "");
            rows.add(String.join(" | ", values));
        }
        return rows;
    }

    @Test
    void bothDocumentsWereAddedAndTheCommandSaidWhatItInferred() {
        assertEquals(0, pressAdd.exit(), pressAdd.err());
        assertEquals(0, comAdd.exit(), comAdd.err());
        assertTrue(comAdd.out().contains("  identifier  COM(2027) 455 final  (the title page)"), comAdd.out());
        assertTrue(comAdd.out().contains("  published   2027-11-03  (the date line \"Brussels, 3.11.2027\")"), comAdd.out());
        assertTrue(comAdd.out().contains("joined 1 word(s) hyphenated across lines: opera-tional → operational"), comAdd.out());
    }

    @Test
    void theServedGraphHoldsEachDocumentWithItsDateAndIdentifier() throws Exception {
        assertEquals(List.of(
                        "id/source/com-2027-455 | ontology#Communication | 2027-11-03 | COM(2027) 455 final | " + ComPdf.TITLE,
                        "id/source/ip-27-3310 | ontology#PressRelease | 2027-11-03 | IP/27/3310 | "
                                + "Commission steps up support for border management and legal pathways"),
                select("""
                        SELECT ?doc ?type ?issued ?id ?title WHERE {
                          VALUES ?doc { <id/source/ip-27-3310> <id/source/com-2027-455> }
                          ?doc a ?type ; dct:issued ?issued ; dct:identifier ?id ; dct:title ?title .
                          FILTER(?type IN (mig:PressRelease, mig:Communication))
                        } ORDER BY ?doc"""));
    }

    private static String stated(String doc, String pattern, String vars) {
        return "SELECT DISTINCT " + vars + " WHERE { GRAPH ?passage { " + pattern + " } ?passage oa:hasSource <" + doc
                + "> } ORDER BY " + vars;
    }

    @Test
    void thePressReleaseStatesInstrumentsMoneyDatesAndAQuote() throws Exception {
        List<String> instruments = select("SELECT DISTINCT ?i WHERE { ?i a mig:Instrument ; mig:mentionedIn ?p . "
                + "?p oa:hasSource <" + PRESS + "> } ORDER BY ?i");
        assertTrue(instruments.containsAll(List.of("id/instrument/entry-exit-system", "id/instrument/eu-talent-pool",
                "id/instrument/pact-on-migration-and-asylum", "id/instrument/asylum-migration-and-integration-fund")), instruments.toString());
        assertEquals(List.of("1000000000", "1500000000", "2500000000"),
                select(stated(PRESS, "?f a mig:Funding ; mig:amount ?amount", "?amount")));
        assertEquals(List.of("2028-03 | id/instrument/eu-talent-pool", "2028-06-30 | id/instrument/entry-exit-system"),
                select(stated(PRESS, "?m a mig:Milestone ; mig:date ?date ; mig:concerns ?what", "?date ?what")));
        assertEquals(List.of("id/person/magnus-brunner | 2027-11-03 | With this package, every Member State will have the "
                        + "means to protect our external borders and to welcome the talent our economies need."),
                select("SELECT DISTINCT ?who ?date ?text WHERE { GRAPH ?passage { ?q a mig:Quote } ?passage oa:hasSource <"
                        + PRESS + "> . ?q mig:speaker ?who ; dct:date ?date ; mig:quoteText ?text }"));
    }

    @Test
    void theCommunicationStatesInstrumentsMoneyDatesAndItsFootnotesCitation() throws Exception {
        List<String> instruments = select("SELECT DISTINCT ?i WHERE { ?i a mig:Instrument ; mig:mentionedIn ?p . "
                + "?p oa:hasSource <" + COM + "> } ORDER BY ?i");
        assertTrue(instruments.containsAll(List.of("id/instrument/entry-exit-system", "id/instrument/eu-talent-pool",
                "id/instrument/pact-on-migration-and-asylum", "id/instrument/asylum-migration-and-integration-fund")), instruments.toString());
        assertEquals(List.of("500000000", "2500000000", "3000000000"),
                select(stated(COM, "?f a mig:Funding ; mig:amount ?amount", "?amount")));
        assertEquals(List.of("2026-06-12 | id/instrument/pact-on-migration-and-asylum", "2028-06-30 | id/instrument/entry-exit-system"),
                select(stated(COM, "?m a mig:Milestone ; mig:date ?date ; mig:concerns ?what", "?date ?what")));
        List<String> citation = select("SELECT ?exact WHERE { <id/legal-act/regulation-eu-2024-1351> mig:mentionedIn ?p . "
                + "?p oa:hasSource <" + COM + "> ; oa:hasSelector/oa:exact ?exact } ORDER BY ?exact");
        assertTrue(citation.stream().anyMatch(e -> e.startsWith("[^1]: Regulation (EU) 2024/1351")), "the footnote: " + citation);
    }

    @Test
    void everyPassageQuotesTheConvertedTextVerbatimAtItsOffsets() throws Exception {
        for (String name : List.of("ip-27-3310", "com-2027-455")) {
            String body = body(name);
            List<String> rows = select("SELECT ?start ?end ?exact WHERE { ?p oa:hasSource <id/source/" + name + "> ; "
                    + "oa:hasSelector ?q, ?pos . ?q oa:exact ?exact . ?pos oa:start ?start ; oa:end ?end } ORDER BY ?start ?end");
            assertTrue(rows.size() > 10, name + ": " + rows.size() + " passages");
            for (String row : rows) {
                String[] cols = row.split(" \\| ", 3);
                int start = body.offsetByCodePoints(0, Integer.parseInt(cols[0]));
                int end = body.offsetByCodePoints(0, Integer.parseInt(cols[1]));
                assertEquals(cols[2], body.substring(start, end), name + " passage " + cols[0] + "-" + cols[1]);
            }
        }
    }

    /** Every dump file {@code ./kg build} wrote under the project's target/, by file name. */
    private static Map<String, byte[]> dumps(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("target"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("dataset.")) out.put(name, Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void addThenBuildGivesWhatTheConvertedMarkdownAddedByHandGives() throws Exception {
        Path byHand = TestProject.copyTo(dir.resolve("by-hand"));
        for (String name : List.of("ip-27-3310.md", "com-2027-455.md")) {
            Files.copy(project.resolve("data/sources").resolve(name), byHand.resolve("data/sources").resolve(name));
        }
        assertFalse(Files.exists(byHand.resolve("data/originals")));
        for (Path root : List.of(project, byHand)) {
            CliRun build = CliRun.of("build", "--project-dir", root.toString());
            assertEquals(0, build.exit(), build.err());
        }
        Map<String, byte[]> added = dumps(project);
        Map<String, byte[]> written = dumps(byHand);
        assertTrue(added.keySet().containsAll(List.of("dataset.nq", "dataset.ttl")) || added.keySet().contains("dataset.nq.gz"),
                added.keySet().toString());
        assertEquals(added.keySet(), written.keySet());
        for (String name : added.keySet()) assertArrayEquals(added.get(name), written.get(name), name);
        String nq = new String(added.getOrDefault("dataset.nq", new byte[0]), StandardCharsets.UTF_8);
        assertTrue(nq.isEmpty() || nq.contains("/id/source/com-2027-455>"), "the build holds the added documents");
    }
}
