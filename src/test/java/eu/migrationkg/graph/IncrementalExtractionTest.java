package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.AnalysisCache;
import eu.migrationkg.extract.ExtractionPipeline;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild extracts again only the documents that changed, and builds exactly what a full build does. */
class IncrementalExtractionTest {

    private static final String BASE = "http://localhost:3030/";

    private static AssembledDataset build(ProjectLayout layout, AnalysisCache cache) {
        return new DatasetAssembler(layout, new Iris(BASE), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                .analysisCache(cache).assembleNamedGraphs();
    }

    private static byte[] nquads(AssembledDataset a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DumpWriter.writeNQuads(a.dataset(), out);
        return out.toByteArray();
    }

    @Test
    void oneChangedDocumentIsExtractedAgainAndNoOther(@TempDir Path dir) throws Exception {
        ProjectLayout layout = new ProjectLayout(TestProject.copyTo(dir));
        AnalysisCache cache = new AnalysisCache(64L * 1024 * 1024);

        long before = ExtractionPipeline.documentsRead();
        AssembledDataset first = build(layout, cache);
        assertEquals(2, ExtractionPipeline.documentsRead() - before, "the first build extracts both documents");

        before = ExtractionPipeline.documentsRead();
        assertArrayEquals(nquads(first), nquads(build(layout, cache)), "unchanged inputs: the same graphs");
        assertEquals(0, ExtractionPipeline.documentsRead() - before, "nothing changed, nothing is extracted");

        Files.writeString(layout.sourcesDir().resolve("ip-26-233.md"),
                "\nThe Commission will present a further report by 31 December 2027.\n", StandardOpenOption.APPEND);
        before = ExtractionPipeline.documentsRead();
        AssembledDataset incremental = build(layout, cache);
        assertEquals(1, ExtractionPipeline.documentsRead() - before, "one changed document is extracted again");

        AssembledDataset full = build(layout, new AnalysisCache(64L * 1024 * 1024));
        byte[] expected = nquads(full);
        assertArrayEquals(expected, nquads(incremental), "the incremental build gives the full build's graphs");
        assertTrue(new String(expected, java.nio.charset.StandardCharsets.UTF_8).contains("31 December 2027"),
                "the change is in the graph");
    }

    @Test
    void aChangedRuleExtractsEveryDocumentAgain(@TempDir Path dir) throws Exception {
        ProjectLayout layout = new ProjectLayout(TestProject.copyTo(dir));
        AnalysisCache cache = new AnalysisCache(64L * 1024 * 1024);
        build(layout, cache);
        Files.writeString(layout.root().resolve("data/curated/actors.ttl"), "\n# changed\n", StandardOpenOption.APPEND);
        long before = ExtractionPipeline.documentsRead();
        build(layout, cache);
        assertEquals(2, ExtractionPipeline.documentsRead() - before, "the reference data shapes every analysis");
    }
}
