package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.support.RawHttp;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the hostile request corpus ({@code src/test/resources/hostile-requests.jsonl}, one JSON
 * request per line) against a real server, byte for byte over a socket. For each: the expected
 * status, no stack trace or internal detail in the answer, nothing echoed unescaped into HTML, and
 * the server still answers {@code /$/ping}. At the end the graph is unchanged: same triple count,
 * same checksum of its N-Quads.
 *
 * <p>A line is {@code {"name", "method", "path", "headers": {..}, "body", "expect"}}; {@code expect}
 * is a status or a list of acceptable ones. In path, header values and body, {@code {{repeat:N:TEXT}}}
 * stands for TEXT written N times and {@code {{bytes:HEX}}} for raw bytes (invalid UTF-8, controls).
 * Without a Content-Length or Transfer-Encoding header, one is added for a body. Add lines for new
 * routes; lines starting with {@code //} are comments.
 */
class HostileRequestsIT {

    static final String CORPUS = "/hostile-requests.jsonl";
    static final String ADMIN_TOKEN = "corpus-admin-token";
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(repeat|bytes):([^}]*)}}");
    /** What an answer must never contain: stack frames, class names of the server's code, server banners. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\((Native Method|Unknown Source)\\)"),
            Pattern.compile("(org\\.eclipse\\.jetty|org\\.apache\\.jena|eu\\.migrationkg|java\\.lang)\\.[A-Za-z]"),
            Pattern.compile("(?i)powered by jetty|<h2>HTTP ERROR|Caused by:|\\.java:\\d+"),
            Pattern.compile("root:x:0:0|<artifactId>"));
    /** Markup the XSS payloads of the corpus would inject if echoed without escaping. */
    private static final List<String> INJECTED = List.of("<script>xss_probe", "<img src=x onerror=xss_probe",
            "<svg onload=xss_probe", "<iframe src=javascript:xss_probe", "<a href=\"javascript:xss_probe");

    private static RunningServer server;
    private static int port;
    private static long triplesBefore;
    private static String checksumBefore;

    @BeforeAll
    static void start() throws Exception {
        Properties p = new Properties();
        p.setProperty("query.timeout.seconds", "2");
        server = RunningServer.start(TestProject.layout(), ServeConfig.withOverrides(p).withAdminToken(ADMIN_TOKEN));
        port = URI.create(server.url()).getPort();
        triplesBefore = triples();
        checksumBefore = checksum();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** One request of the corpus. */
    record Entry(int line, String name, String method, String path, Map<String, String> headers, String body,
                 List<Integer> expect) {}

    static List<Entry> corpus() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = HostileRequestsIT.class.getResourceAsStream(CORPUS);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("//")) continue;
                JsonNode n = json.readTree(text);
                Map<String, String> headers = new java.util.LinkedHashMap<>();
                if (n.has("headers")) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.get("headers").fields(); it.hasNext(); ) {
                        var h = it.next();
                        headers.put(h.getKey(), h.getValue().asText());
                    }
                }
                List<Integer> expect = new ArrayList<>();
                if (n.get("expect").isArray()) n.get("expect").forEach(e -> expect.add(e.asInt()));
                else expect.add(n.get("expect").asInt());
                entries.add(new Entry(line, n.get("name").asText(), n.path("method").asText("GET"),
                        n.get("path").asText(), headers, n.has("body") ? n.get("body").asText() : null, expect));
            }
        }
        return entries;
    }

    @Test
    void theCorpusHasAtLeast200Requests() throws Exception {
        assertTrue(corpus().size() >= 200, "corpus size " + corpus().size());
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsAnsweredSafely() throws Exception {
        return corpus().stream().map(e -> DynamicTest.dynamicTest(e.line() + ": " + e.name(), () -> check(e)));
    }

    private static void check(Entry e) throws Exception {
        RawHttp.Response r = RawHttp.exchange("127.0.0.1", port, request(e), 60_000);
        String where = "line " + e.line() + " (" + e.name() + ")";
        assertTrue(e.expect().contains(r.status()), where + ": expected " + e.expect() + ", got " + r.status()
                + "\n" + abbreviate(r.text()));
        for (Pattern leak : LEAKS) {
            Matcher m = leak.matcher(r.text());
            if (m.find()) {
                throw new AssertionError(where + ": the answer leaks '" + m.group() + "'\n" + abbreviate(r.text()));
            }
        }
        if (r.headers().toLowerCase().contains("content-type: text/html")) {
            for (String injected : INJECTED) {
                assertTrue(!r.body().contains(injected), where + ": HTML echoes '" + injected + "' unescaped");
            }
        }
        RawHttp.Response ping = RawHttp.exchange("127.0.0.1", port,
                "GET /$/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                10_000);
        assertEquals(200, ping.status(), where + ": the server stopped answering /$/ping");
    }

    @AfterAll
    static void theGraphIsUnchanged() throws Exception {
        if (server == null) return;
        assertEquals(triplesBefore, triples(), "triple count");
        assertEquals(checksumBefore, checksum(), "checksum of the N-Quads");
    }

    static byte[] request(Entry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] body = e.body() == null ? new byte[0] : expand(e.body());
        write(out, (e.method() + " ").getBytes(StandardCharsets.UTF_8));
        write(out, expand(e.path()));
        write(out, " HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        boolean host = false;
        boolean length = false;
        for (Map.Entry<String, String> h : e.headers().entrySet()) {
            host |= h.getKey().equalsIgnoreCase("Host");
            length |= h.getKey().equalsIgnoreCase("Content-Length") || h.getKey().equalsIgnoreCase("Transfer-Encoding");
            write(out, (h.getKey() + ": ").getBytes(StandardCharsets.UTF_8));
            write(out, expand(h.getValue()));
            write(out, "\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (!host && !e.headers().containsKey("X-No-Host")) write(out, "Host: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
        if (!length && e.body() != null) {
            write(out, ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        write(out, "Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        write(out, body);
        return out.toByteArray();
    }

    /** Expands {{repeat:N:TEXT}} and {{bytes:HEX}}; the rest is UTF-8. */
    static byte[] expand(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = TEMPLATE.matcher(s);
        int last = 0;
        while (m.find()) {
            write(out, s.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            if (m.group(1).equals("bytes")) {
                write(out, HexFormat.of().parseHex(m.group(2).replace(" ", "")));
            } else {
                int colon = m.group(2).indexOf(':');
                int times = Integer.parseInt(m.group(2).substring(0, colon));
                write(out, m.group(2).substring(colon + 1).repeat(times).getBytes(StandardCharsets.UTF_8));
            }
            last = m.end();
        }
        write(out, s.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] b) {
        out.write(b, 0, b.length);
    }

    private static String abbreviate(String s) {
        return s.length() > 1500 ? s.substring(0, 1500) + "..." : s;
    }

    private static long triples() {
        return Txn.calculateRead(server.store().dataset(), () -> server.store().dataset().getDefaultGraph().size());
    }

    private static String checksum() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(server.store().dataset(), () -> {
            try {
                DumpWriter.writeNQuads(server.store().dataset(), out);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    }
}
