package eu.migrationkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.gold.GoldEvaluation;
import eu.migrationkg.extract.gold.GoldStandard;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extraction of the shipped sources, as the build runs it (ontology,
 * curated data, rules), against the hand-written gold standard in src/test/resources/gold/. Fails
 * below precision 0.95 or recall 0.90, overall or for any one source; prints both figures.
 */
class ExtractionQualityTest {

    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;

    @Test
    void extractionOfTheSourcesMatchesTheGoldStandard() throws IOException {
        String base = "http://localhost:3030/";
        AssembledDataset a = new DatasetAssembler(TestProject.layout(), new Iris(base),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
        assertEquals(List.of(), a.problems());
        List<Path> golds;
        try (Stream<Path> s = Files.list(TestProject.layout().root().resolve("src/test/resources/gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".gold")).sorted().toList();
        }
        assertEquals(2, golds.size(), "a gold standard for each shipped source");
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        int matched = 0;
        int extracted = 0;
        int gold = 0;
        for (Path file : golds) {
            String source = file.getFileName().toString().replaceFirst("\\.gold$", "");
            GoldEvaluation e = new GoldEvaluation(a.dataset(), base, source, GoldStandard.read(file));
            matched += e.matched;
            extracted += e.extracted.size();
            gold += e.gold.size();
            report.append(String.format(Locale.ROOT, "%s: precision %.3f (%d of %d extracted facts are in the gold), "
                    + "recall %.3f (%d of %d gold facts extracted)%n", source, e.precision(), e.matched,
                    e.extracted.size(), e.recall(), e.matched, e.gold.size()));
            e.falsePositives.forEach(f -> report.append("  extracted, not in the gold: ").append(e.describe(f)).append('\n'));
            e.falseNegatives.forEach(f -> report.append("  in the gold (line ").append(f.line()).append("), not extracted: ")
                    .append(f).append('\n'));
            if (e.precision() < MIN_PRECISION || e.recall() < MIN_RECALL) failures.add(source);
        }
        double p = (double) matched / extracted;
        double r = (double) matched / gold;
        report.append(String.format(Locale.ROOT, "overall: precision %.3f, recall %.3f (%d extracted, %d gold, %d matched)%n",
                p, r, extracted, gold, matched));
        System.out.print(report);
        Path out = TestProject.layout().root().resolve("target/extraction-quality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(p >= MIN_PRECISION && r >= MIN_RECALL && failures.isEmpty(), report.toString());
    }
}
