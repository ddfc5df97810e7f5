package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ./kg explain and ./kg bench extract, run in-process as ./kg runs them. */
class ExtractionCommandsIT {

    private static final String PROJECT = TestProject.layout().root().toString();

    @Test
    void explainListsThePassagesOfAResourceAndTheRulesThatJoinedThem() {
        CliRun r = CliRun.of("explain", "--project-dir", PROJECT, "id/priority/stepping-up-migration-diplomacy");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("<https://w3id.org/eu-migration-kg/id/priority/stepping-up-migration-diplomacy>"), out);
        assertTrue(out.contains("data/sources/ip-26-233.md line 28, characters 1579-1617 (numbered-heading): "
                + "\"1. **Stepping up Migration Diplomacy**\""), out);
        assertTrue(out.contains("data/sources/migration-and-asylum.md line 11, characters 3432-3465 (phrase): "
                + "\"stronger cooperation on migration\""), out);
        assertTrue(out.contains("joined by list-position"), out);
    }

    @Test
    void explainShowsAcronymAndFullNameAsOneResourceOfTheCuratedData() {
        CliRun r = CliRun.of("explain", "--project-dir", PROJECT,
                eu.migrationkg.vocab.Iris.DEFAULT_NAMESPACE + "id/instrument/european-travel-information-and-authorisation-system");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("of the curated data"), r.out());
        assertTrue(r.out().contains("as \"ETIAS\"") && r.out().contains("as \"European Travel Information Authorisation System\""),
                r.out());
    }

    @Test
    void explainingAnUnknownResourceIsOneLineAndExitCodeOne() {
        CliRun r = CliRun.of("explain", "--project-dir", PROJECT, "id/priority/no-such-thing");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no document mentions <https://w3id.org/eu-migration-kg/id/priority/no-such-thing>"), r.err());
    }

    @Test
    void benchExtractReportsMegabytesPerSecond() {
        CliRun r = CliRun.of("bench", "extract", "--project-dir", PROJECT, "--size", "1", "--runs", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("corpus: "), r.out());
        // the warm-up is measured and shown, but the median is of the timed runs only
        assertTrue(r.out().contains("warm-up 1 (not in the median): "), r.out());
        Matcher m = Pattern.compile("median ([0-9.]+) MB/s elapsed, ([0-9.]+) MB/s per CPU second of the extracting thread, "
                + "([0-9.]+) MB/s per CPU second of the process \\(Java [0-9]+, ([^,]+),").matcher(r.out());
        assertTrue(m.find(), r.out());
        double thread = Double.parseDouble(m.group(2));
        double process = Double.parseDouble(m.group(3));
        assertTrue(Double.parseDouble(m.group(1)) > 0 && thread > 0 && process > 0, r.out());
        // the process spends at least what its extracting thread spends, so its rate cannot be higher
        assertTrue(process <= thread * 1.01, r.out());
        // the figures name the garbage collector they were measured with
        assertFalse(m.group(4).isBlank(), r.out());
    }
}
