package eu.migrationkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.gold.GoldEvaluation;
import eu.migrationkg.extract.gold.GoldStandard;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.ShapeResult;
import eu.migrationkg.graph.ShapeValidation;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document nobody wrote code for: a press release on another topic (a new fund, a deadline, an
 * amount, legal references, a quotation), dropped into data/sources/ of a copy of the repository and
 * built as is. Its extraction is measured against its own hand-written gold standard.
 */
class GeneralityTest {

    @Test
    void aNewPressReleaseIsExtractedCorrectlyWithNoCodeChange(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Path resources = TestProject.layout().root().resolve("src/test/resources/generality");
        Files.copy(resources.resolve("ip-26-412.md"), root.resolve("data/sources/ip-26-412.md"));
        ProjectLayout layout = new ProjectLayout(root);
        String base = "http://localhost:3030/";
        AssembledDataset a = new DatasetAssembler(layout, new Iris(base), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                .assemble();
        assertEquals(List.of(), a.problems());
        assertEquals(3, a.documents().size());
        assertEquals(List.of(), new ShapeValidation(layout).check(a).results().stream().map(ShapeResult::describe).toList(),
                "what is extracted from it fits the shapes");

        GoldEvaluation e = new GoldEvaluation(a.dataset(), base, "ip-26-412", GoldStandard.read(resources.resolve("ip-26-412.gold")));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "ip-26-412 (generality): precision %.3f (%d of %d), recall %.3f (%d of %d)%n",
                e.precision(), e.matched, e.extracted.size(), e.recall(), e.matched, e.gold.size()));
        e.falsePositives.forEach(f -> report.append("  extracted, not in the gold: ").append(e.describe(f)).append('\n'));
        e.falseNegatives.forEach(f -> report.append("  in the gold, not extracted: ").append(f).append('\n'));
        System.out.print(report);
        assertTrue(e.precision() >= ExtractionQualityTest.MIN_PRECISION && e.recall() >= ExtractionQualityTest.MIN_RECALL,
                report.toString());
    }
}
