package eu.migrationkg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.sources.SourceException;
import eu.migrationkg.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionRulesTest {

    @TempDir Path dir;

    private Path copyOfRules() throws Exception {
        Path to = dir.resolve("extraction");
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(TestProject.layout().extractionDir())) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    @Test
    void theShippedRulesLoadWithoutProblems() {
        ExtractionRules.Loaded loaded = ExtractionRules.load(TestProject.layout().extractionDir());
        assertEquals(java.util.List.of(), loaded.problems());
        assertEquals(6, loaded.rules().calendar().months().get("June"));
    }

    @Test
    void aBrokenValueIsReportedWithItsFileAndLineAndTheRestStillLoads() throws Exception {
        Path rules = copyOfRules();
        Path calendar = rules.resolve("calendar.yaml");
        String text = Files.readString(calendar).replace("  June: 6", "  June: 13");
        Files.writeString(calendar, text);
        int line = (int) text.lines().takeWhile(l -> !l.contains("June: 13")).count() + 1;
        ExtractionRules.Loaded loaded = ExtractionRules.load(rules);
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        SourceException p = loaded.problems().get(0);
        assertEquals(calendar, p.file());
        assertEquals(line, p.line());
        assertTrue(p.getMessage().contains("between 1 and 12"), p.getMessage());
        assertTrue(loaded.rules().calendar().months().isEmpty(), "the broken part is off");
        assertTrue(loaded.rules().segmentation().abbreviations().contains("e.g."), "the other parts still load");
    }

    @Test
    void malformedYamlAndMissingFilesAreReported() throws Exception {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("segmentation.yaml"), "abbreviations:\n  - e.g.\n wrong: [\n");
        Files.delete(rules.resolve("calendar.yaml"));
        ExtractionRules.Loaded loaded = ExtractionRules.load(rules);
        assertEquals(2, loaded.problems().size(), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).getMessage().startsWith("malformed YAML"), loaded.problems().toString());
        assertTrue(loaded.problems().get(0).line() >= 2);
        assertTrue(loaded.problems().get(1).getMessage().contains("missing"));
    }
}
