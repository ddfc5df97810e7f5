package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picocli commands, run in-process as ./kg runs them. */
class CommandLineIT {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"serve", "build", "validate", "query", "test"}) {
            CliRun r = run(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage: kg " + cmd), r.out());
        }
    }

    @Test
    void buildWritesParseableDumps(@TempDir Path dir) {
        CliRun r = run("build", "--project-dir", TestProject.layout().root().toString(), "-o", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("from 2 sources"), r.out());
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        RDFParser.source(dir.resolve("dataset.nq")).parse(quads);
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.source(dir.resolve("dataset.ttl")).parse(union);
        assertTrue(union.size() > 30);
        assertEquals(union.size(), quads.stream().filter(q -> !q.isDefaultGraph())
                .map(q -> q.asTriple()).distinct().count());
    }

    @Test
    void twoBuildsWriteByteIdenticalGzippedDumpsAndDescription(@TempDir Path dir) throws Exception {
        String project = TestProject.layout().root().toString();
        for (String out : new String[] {"one", "two"}) {
            CliRun r = run("build", "--project-dir", project, "-o", dir.resolve(out).toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("dumps/dataset.nq.gz"), r.out());
        }
        for (String f : new String[] {"dumps/dataset.nq.gz", "dumps/dataset.ttl.gz", "dumps/SHA256SUMS", "void.ttl"}) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(f));
            assertTrue(one.length > 0, f);
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        for (String plain : new String[] {"dataset.nq", "dataset.ttl"}) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("one/dumps/" + plain + ".gz")))) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(plain)), in.readAllBytes(),
                        "the gzipped dump holds the same bytes as " + plain);
            }
        }
    }

    @Test
    void buildExitsNonZeroAndNamesTheBrokenFile(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("data/sources/broken.md"), "---\ntitle: \"unclosed\n---\nText");
        CliRun r = run("build", "--project-dir", root.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("data/sources/broken.md:2: malformed front matter"), r.err());
        assertTrue(Files.exists(dir.resolve("out/dataset.nq")), "the good sources are still written");
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void serveOnABusyPortSaysSoInOneLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            CliRun r = run("serve", "--project-dir", TestProject.layout().root().toString(),
                    "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(1, r.exit());
            String[] lines = r.err().strip().split("\n");
            assertEquals(1, lines.length, r.err());
            assertTrue(lines[0].contains("port " + busy.getLocalPort()) && lines[0].contains("already in use"),
                    lines[0]);
        }
    }

    @Test
    void badBaseIsOneReadableLine() {
        CliRun r = run("build", "--project-dir", TestProject.layout().root().toString(), "--base", "not-an-iri");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("kg build: base 'not-an-iri'"), r.err());
        assertFalse(r.err().contains("\tat "));
    }
}
