package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken sources next to the good ones: each is reported once, naming its file and line, and the good
 * sources are still built and extracted.
 */
class BadSourcesTest {

    private static final String BASE = "http://localhost:3030/";
    private static final String FRONT = "---\ntitle: A release\npublisher: European Commission\npublished: 2026-03-02\n"
            + "url: https://example.org/x\nkind: press-release\nlanguage: en\n---\n";

    @Test
    void eachBrokenSourceIsNamedWithItsLineAndTheOthersStillBuild(@TempDir Path dir) throws IOException {
        Path root = TestProject.copyTo(dir);
        Path sources = root.resolve("data/sources");
        Files.write(sources.resolve("empty.md"), new byte[0]);
        Files.writeString(sources.resolve("no-front-matter.md"), "Commission presents a plan.\nIt is good.\n");
        byte[] front = FRONT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'B', 'o', 'r', 'd', 'e', 'r', ' ', (byte) 0xC3, '(', '.', '\n'};
        Files.write(sources.resolve("invalid-utf8.md"), concat(front, "First line.\n".getBytes(StandardCharsets.UTF_8), bad));
        Files.writeString(sources.resolve("impossible-published.md"), FRONT.replace("2026-03-02", "2026-02-30") + "Text.\n");
        Files.writeString(sources.resolve("impossible-deadline.md"), FRONT
                + "The Commission launches the Harbour Observatory.\n\nThe Harbour Observatory opens by 31 April 2027.\n");
        writeFiftyMegabytes(sources.resolve("huge.md"));

        AssembledDataset a = new DatasetAssembler(new ProjectLayout(root), new Iris(BASE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();

        Map<String, BuildProblem> byFile = new TreeMap<>();
        for (BuildProblem p : a.problems()) byFile.put(p.file(), p);
        assertEquals(6, a.problems().size(), a.problems().toString());
        assertProblem(byFile, "data/sources/empty.md", 1, "empty");
        assertProblem(byFile, "data/sources/no-front-matter.md", 1, "no front matter");
        assertProblem(byFile, "data/sources/invalid-utf8.md", 10, "invalid UTF-8");
        assertProblem(byFile, "data/sources/impossible-published.md", 4, "not a date that exists");
        assertProblem(byFile, "data/sources/impossible-deadline.md", 11, "31 April 2027");
        assertProblem(byFile, "data/sources/huge.md", 0, "more than the limit");

        assertEquals(List.of("impossible-deadline", "ip-26-233", "migration-and-asylum"),
                a.documents().stream().map(d -> d.name()).toList(), "the rest is built, the impossible date left out");
        Node hasPriority = NodeFactory.createURI(BASE + "ontology#hasPriority");
        Node strategy = NodeFactory.createURI(BASE + "id/strategy/european-asylum-and-migration-management-strategy");
        assertEquals(5, a.dataset().getDefaultGraph().find(strategy, hasPriority, Node.ANY).toList().size(),
                "the good sources are still extracted");
        assertTrue(a.dataset().getDefaultGraph().contains(NodeFactory.createURI(BASE + "id/instrument/harbour-observatory"),
                Node.ANY, Node.ANY), "the document with a bad date keeps the rest of its text");
        for (BuildProblem p : a.problems()) assertTrue(!p.toString().contains("Exception"), "no stack trace: " + p);
    }

    private static void assertProblem(Map<String, BuildProblem> byFile, String file, int line, String words) {
        BuildProblem p = byFile.get(file);
        assertTrue(p != null, "a problem for " + file + " in " + byFile.values());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(words), p.toString());
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static void writeFiftyMegabytes(Path file) throws IOException {
        byte[] line = "The Commission presents another plan for the Harbour Observatory by 1 October 2027.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(FRONT.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
    }
}
