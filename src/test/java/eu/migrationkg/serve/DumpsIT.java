package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.SameQuads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /dumps/: gzipped N-Quads and Turtle that parse to exactly the served dataset, with checksums. */
class DumpsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(FixtureProject.projectWith(dir, FixtureProject.PASSAGE_FILE));
    }

    private static byte[] download(String name) throws Exception {
        HttpResponse<byte[]> r = server.getBytes("dumps/" + name);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(String.valueOf(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
        return r.body();
    }

    private static InputStream gunzip(byte[] gz) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gz));
    }

    @Test
    void nQuadsDumpHoldsEveryNamedGraphOfTheServedDataset() throws Exception {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(gunzip(download(DumpWriter.NQUADS_GZ))).lang(Lang.NQUADS).parse(parsed);
        DatasetGraph served = DatasetGraphFactory.createGeneral();
        DatasetGraph dsg = server.store().dataset();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) served.add(q);
        }));
        assertTrue(parsed.getDefaultGraph().isEmpty(), "provenance kept: every quad is in a named graph");
        assertTrue(served.stream().count() > 40);
        SameQuads.assertSame(served, parsed);
    }

    @Test
    void turtleDumpIsTheUnionGraph() throws Exception {
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(gunzip(download(DumpWriter.TURTLE_GZ))).lang(Lang.TURTLE).parse(parsed);
        DatasetGraph dsg = server.store().dataset();
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getDefaultGraph().find().forEachRemaining(union::add));
        SameQuads.assertSame(union, parsed);
    }

    @Test
    void checksumsAndListingAgreeWithTheFiles() throws Exception {
        HttpResponse<String> sums = server.get("dumps/SHA256SUMS", null);
        assertEquals(200, sums.statusCode());
        JsonNode listing = JSON.readTree(server.get("dumps/", "application/json").body());
        assertEquals(server.base() + "dataset", listing.get("description").asText());
        assertEquals(2, listing.get("dumps").size());
        for (JsonNode d : listing.get("dumps")) {
            byte[] bytes = download(d.get("name").asText());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, d.get("sha256").asText());
            assertEquals(bytes.length, d.get("bytes").asLong());
            assertEquals(server.url() + "dumps/" + d.get("name").asText(), d.get("url").asText());
            assertTrue(sums.body().contains(sha + "  " + d.get("name").asText() + "\n"), sums.body());
        }
    }

    @Test
    void aRangeOfADumpIsItsBytesSoABrokenDownloadResumes() throws Exception {
        byte[] whole = download(DumpWriter.NQUADS_GZ);
        String etag = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> part = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=10-109");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-109/" + whole.length, part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 10, 110), part.body());

        HttpResponse<byte[]> rest = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=100-", "If-Range", etag);
        assertEquals(206, rest.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, 100, whole.length), rest.body());

        HttpResponse<byte[]> tail = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=-20");
        assertArrayEquals(java.util.Arrays.copyOfRange(whole, whole.length - 20, whole.length), tail.body());

        HttpResponse<byte[]> changed = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=100-", "If-Range", "\"another\"");
        assertEquals(200, changed.statusCode(), "a range of another version gets the whole file");
        assertArrayEquals(whole, changed.body());

        HttpResponse<byte[]> beyond = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=" + (whole.length + 5) + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + whole.length, beyond.headers().firstValue("Content-Range").orElse(""));
        assertEquals("bytes", part.headers().firstValue("Accept-Ranges").orElse(""));
    }

    @Test
    void aDumpIsByteIdenticalOnEveryRequestAndItsEtagRevalidates() throws Exception {
        byte[] first = download(DumpWriter.NQUADS_GZ);
        assertArrayEquals(first, download(DumpWriter.NQUADS_GZ));
        HttpResponse<byte[]> r = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = server.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void browsersGetAValidListingWithSizesAndChecksums() throws Exception {
        HttpResponse<String> r = server.get("dumps/", "text/html,*/*;q=0.8");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(java.util.List.of(), Html5.problems(r.body()));
        HtmlPage page = HtmlPage.parse(r.body());
        JsonNode listing = JSON.readTree(server.get("dumps/", "application/json").body());
        for (JsonNode d : listing.get("dumps")) {
            assertTrue(page.references().contains("../dumps/" + d.get("name").asText()), page.references()::toString);
            assertTrue(page.text().contains(d.get("sha256").asText()));
            assertTrue(page.elements("data").stream().anyMatch(e -> e.getAttribute("value").equals(d.get("bytes").asText())));
        }
        assertTrue(page.references().contains("../dumps/SHA256SUMS"));
    }

    @Test
    void dumpsWithoutSlashRedirects() throws Exception {
        HttpResponse<String> r = server.get("dumps", null);
        assertEquals(301, r.statusCode());
        assertEquals("dumps/", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void anUnknownDumpIs404() throws Exception {
        HttpResponse<String> r = server.get("dumps/nothing.gz", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("nothing.gz"), r.body());
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void writesAreRefused(String method) throws Exception {
        HttpResponse<String> r = server.send(method, "dumps/" + DumpWriter.NQUADS_GZ, "application/gzip", "x");
        assertEquals(405, r.statusCode());
    }
}
