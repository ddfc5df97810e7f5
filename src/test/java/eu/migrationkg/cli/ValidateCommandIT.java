package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./kg validate, and the SHACL gate of ./kg build and ./kg serve. */
class ValidateCommandIT {

    private static final String BROKEN_PRIORITY = "data/curated/Priority.ttl:10: <id/priority/two-numbers> "
            + "mig:priorityNumber: a priority has exactly one mig:priorityNumber, an xsd:integer from 1 [shape:Priority]";

    /** A copy of the repository with a curated file that gives a priority two numbers. */
    private static Path brokenProject(Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.copy(TestProject.layout().root().resolve("src/test/resources/shapes/violations/Priority.ttl"),
                root.resolve("data/curated/Priority.ttl"));
        return root;
    }

    @Test
    void theShippedDataAreValid() {
        CliRun r = CliRun.of("validate", "--project-dir", TestProject.layout().root().toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)valid: \\d+ triples conform to the \\d+ shapes of ontology/shapes.ttl\n"
                + "data/register.tsv: up to date \\(\\d+ IRIs published\\)\\s*"), r.out());
    }

    @Test
    void aViolationIsPrintedWithFileFocusPathMessageAndShape(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("validate", "--project-dir", brokenProject(dir).toString());
        assertEquals(1, r.exit());
        String expected = BROKEN_PRIORITY + "\n1 violation and 0 warnings of the shapes in ontology/shapes.ttl\n";
        assertTrue(r.out().startsWith(expected), r.out());
        // The broken file's resources are not in the register yet: validate says so, without failing for it.
        assertTrue(r.out().substring(expected.length()).matches(
                "data/register.tsv: \\d+ new IRIs and 0 no longer described are not yet recorded; ./kg build records them\n"), r.out());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void buildRefusesDataThatViolateAShapeAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("build", "--project-dir", brokenProject(dir).toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("kg build: " + BROKEN_PRIORITY), r.err());
        assertTrue(r.err().contains("kg build: refused: 1 violation"), r.err());
        assertFalse(Files.exists(out.resolve("dataset.nq")), "nothing is written");
    }

    @Test
    void serveRefusesDataThatViolateAShape(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("serve", "--project-dir", brokenProject(dir).toString(),
                "--port", String.valueOf(TestProject.freePort()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("kg serve: " + BROKEN_PRIORITY), r.err());
        assertTrue(r.err().contains("kg serve: refused: 1 violation"), r.err());
        assertFalse(r.out().contains("Listening"), r.out());
    }

    @Test
    void shapesThatAreNotShaclAreOneReadableLine(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("ontology/shapes.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <ontology/shapes#Broken> a sh:NodeShape ;
                    sh:targetClass <ontology#Priority> ;
                    sh:property [ sh:minCount 1 ] .
                """);
        CliRun r = CliRun.of("validate", "--project-dir", root.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("kg validate: ontology/shapes.ttl is not valid SHACL: "), lines[0]);
    }

    /** A copy of the repository with a document stating a status the curated data contradict (an extracted violation). */
    private static Path projectWithHeldStatement(Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.copy(TestProject.layout().root().resolve("src/test/resources/status-changes/quarantine/mex-27-2100.md"),
                root.resolve("data/sources/mex-27-2100.md"));
        return root;
    }

    @Test
    void anExtractedStatementThatBreaksAShapeIsListedAndExitsOneButBuildPublishesTheRest(@TempDir Path dir) throws Exception {
        Path root = projectWithHeldStatement(dir);
        CliRun r = CliRun.of("validate", "--project-dir", root.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().matches("(?s)held back: data/sources/mex-27-2100\\.md \\(characters \\d+-\\d+\\): "
                + "<id/instrument/global-europe-instrument> mig:status mig:adopted: [^\n]*mig:status[^\n]*\n.*"), r.out());
        assertTrue(r.out().contains("1 extracted statement held back from publication, 0 disagreements between sources"), r.out());

        Path out = dir.resolve("out");
        CliRun build = CliRun.of("build", "--project-dir", root.toString(), "-o", out.toString());
        assertEquals(0, build.exit(), build.out() + build.err());
        assertTrue(Files.exists(out.resolve("dataset.nq")), "the graph is published without the statement");
    }
}
