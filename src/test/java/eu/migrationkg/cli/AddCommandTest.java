package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.migrationkg.ingest.ComPdf;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg add} as a person runs it: bad input is refused on one line naming the file and what to do,
 * with nothing written; an existing source is kept unless {@code --replace}; a URL is fetched (from a
 * server on loopback, never the network) within its limits.
 */
class AddCommandTest {

    private static final String PRESS_PAGE = "/ingest/press-corner-ip-27-3310.html";
    private static final String URL = "--url=https://commission.europa.eu/document/test_en";

    @TempDir Path dir;
    private Path project;
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void project() throws IOException {
        project = TestProject.copyTo(dir);
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) server.stop(0);
    }

    private CliRun add(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "add";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--project-dir";
        all[args.length + 2] = project.toString();
        return CliRun.of(all);
    }

    private List<String> dataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("data"))) {
            return files.filter(Files::isRegularFile).map(p -> project.relativize(p).toString()).sorted().toList();
        }
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] pressPage() throws IOException {
        try (InputStream in = AddCommandTest.class.getResourceAsStream(PRESS_PAGE)) {
            return in.readAllBytes();
        }
    }

    /** Refused with exit 1, one line naming the file and saying what to do, and nothing written. */
    private void refused(Path input, String... expected) throws IOException {
        List<String> before = dataFiles();
        CliRun run = add(input.toString(), URL, "--kind=communication");
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.out());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), "one line: " + run.err());
        assertTrue(line.startsWith("kg add: " + input + ": "), line);
        for (String e : expected) assertTrue(line.contains(e), "'" + e + "' in: " + line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), line);
        assertEquals(before, dataFiles(), "nothing written");
    }

    @Test
    void helpNamesTheOptions() {
        CliRun help = CliRun.of("add", "--help");
        assertEquals(0, help.exit());
        for (String o : List.of("Usage: kg add", "FILE|URL", "--kind", "--as", "--replace", "--url", "--date", "--timeout", "--max-bytes")) {
            assertTrue(help.out().contains(o), o + " in " + help.out());
        }
    }

    @Test
    void badInputIsRefusedOnOneLineWithNothingWritten() throws Exception {
        refused(file("locked.pdf", ComPdf.encrypted()), "encrypted with a password", "save an unprotected copy");
        refused(file("scan.pdf", ComPdf.imageOnly()), "no text, only images", "run OCR");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31 + 7);
        refused(file("data.bin", binary), "binary data", "add the document as HTML, PDF or UTF-8 text");
        refused(file("empty.html", new byte[0]), "is empty");
        refused(file("broken.pdf", "%PDF-1.7\nthis is not a PDF".getBytes(StandardCharsets.US_ASCII)), "PDFBox cannot read the PDF");
        refused(file("chrome-only.html", ("<!DOCTYPE html><html lang=\"en\"><head><title>Search - European Commission</title></head>"
                + "<body><header><nav><a href=\"/\">Home</a></nav></header><div class=\"cookie-consent\">We use cookies</div>"
                + "<footer>Legal notice</footer></body></html>").getBytes(StandardCharsets.UTF_8)),
                "the page has no main text", "add the article's own page");
        refused(dir.resolve("missing.pdf"), "no such file");
    }

    @Test
    void anExistingSourceIsKeptUnlessReplaceIsGiven() throws Exception {
        Path page = file("ip.html", pressPage());
        CliRun first = add(page.toString());
        assertEquals(0, first.exit(), first.err());
        Path source = project.resolve("data/sources/ip-27-3310.md");
        String written = Files.readString(source);
        assertTrue(first.out().contains("wrote data/sources/ip-27-3310.md"), first.out());
        assertTrue(first.out().contains("kept  data/originals/ip-27-3310.html"), first.out());
        assertTrue(first.out().contains("  kind        press-release  (the page's label \"Press release\")"), first.out());
        assertTrue(first.out().contains("  published   2027-11-03"), first.out());
        assertTrue(first.out().contains("choices:\n  - left out"), first.out());
        assertTrue(Files.exists(project.resolve("data/originals/ip-27-3310.html")));

        Files.writeString(source, written + "\nA line the researcher added.\n");
        CliRun again = add(page.toString());
        assertEquals(1, again.exit());
        assertEquals("kg add: data/sources/ip-27-3310.md exists already; give --replace to overwrite it, "
                + "or --as ANOTHER-NAME to add this one beside it", again.err().strip());
        assertTrue(Files.readString(source).endsWith("A line the researcher added.\n"), "kept as it was");

        CliRun replaced = add(page.toString(), "--replace");
        assertEquals(0, replaced.exit(), replaced.err());
        assertEquals(written, Files.readString(source));

        CliRun beside = add(page.toString(), "--as", "ip-27-3310-copy");
        assertEquals(0, beside.exit(), beside.err());
        assertTrue(Files.readString(project.resolve("data/sources/ip-27-3310-copy.md")).contains("\nid: ip-27-3310-copy\n"));

        CliRun badKind = add(page.toString(), "--as", "other", "--kind", "novel");
        assertEquals(1, badKind.exit());
        assertTrue(badKind.err().contains("the kind 'novel' is not a document kind of ontology/ (known: communication, "), badKind.err());
        assertFalse(Files.exists(project.resolve("data/sources/other.md")));
    }

    private int serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/press.html", x -> send(x, 200, "text/html; charset=utf-8", pressPage()));
        server.createContext("/com.pdf", x -> send(x, 200, "application/pdf", pdf()));
        server.createContext("/moved", x -> redirect(x, "/press.html"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/logo.png", x -> send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/gone", x -> send(x, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow", x -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, "text/html", pressPage());
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        return server.getAddress().getPort();
    }

    private static byte[] pdf() {
        try {
            return ComPdf.communication();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    @Test
    void aUrlIsFetchedWithinItsLimits() throws Exception {
        String base = "http://127.0.0.1:" + serve();

        CliRun page = add(base + "/moved");
        assertEquals(0, page.exit(), page.err());
        assertTrue(page.out().contains("  url         https://ec.europa.eu/commission/presscorner/detail/en/ip_27_3310  (<link rel=canonical>)"), page.out());
        assertTrue(Files.readString(project.resolve("data/sources/ip-27-3310.md")).contains("\nkind: press-release\n"));
        assertTrue(Files.exists(project.resolve("data/originals/ip-27-3310.html")));

        CliRun pdf = add(base + "/com.pdf");
        assertEquals(0, pdf.exit(), pdf.err());
        assertTrue(pdf.out().contains("  url         " + base + "/com.pdf  (the address it was fetched from)"), pdf.out());
        assertTrue(Files.exists(project.resolve("data/originals/com-2027-455.pdf")));

        List<String> before = dataFiles();
        CliRun loop = add(base + "/loop");
        assertEquals("kg add: " + base + "/loop: more than 5 redirects; open it in a browser and add the address it ends at",
                loop.err().strip());
        CliRun image = add(base + "/logo.png");
        assertTrue(image.err().strip().startsWith("kg add: " + base + "/logo.png: the server sent image/png, not a web page, PDF or text"),
                image.err());
        CliRun gone = add(base + "/gone");
        assertTrue(gone.err().contains(": the server answered 404; check the address"), gone.err());
        CliRun big = add(base + "/press.html", "--max-bytes", "1000", "--as", "big");
        assertEquals("kg add: " + base + "/press.html: larger than 1000 bytes, the limit of a fetch; download it yourself and add the file",
                big.err().strip());
        CliRun slow = add(base + "/slow", "--timeout", "1", "--as", "slow");
        assertEquals("kg add: " + base + "/slow: no answer within 1 s; try again later, or save the page and add the file",
                slow.err().strip());
        for (CliRun r : List.of(loop, image, gone, big, slow)) assertEquals(1, r.exit(), r.err());
        assertEquals(before, dataFiles(), "nothing written by a refused fetch");
    }
}
