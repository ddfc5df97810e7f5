package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.migrationkg.ProjectLayout;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version the register of published IRIs records is the data's alone: a function of the input files
 * (not of the code, which the release id also names), so a rebuilt class leaves data/register.tsv as it was.
 */
class DatasetVersionTest {

    @TempDir
    Path dir;

    private ProjectLayout project() throws Exception {
        Files.createDirectories(dir.resolve("ontology"));
        Files.createDirectories(dir.resolve("data/sources"));
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("ontology/o.ttl"), "<a> <b> <c> .\n");
        Files.writeString(dir.resolve("data/sources/doc.md"), "---\ntitle: T\n---\nText.\n");
        Files.writeString(dir.resolve("queries/q.rq"), "SELECT * {}\n");
        return new ProjectLayout(dir);
    }

    @Test
    void theDataVersionIsAHashOfTheInputFilesAndNothingElse() throws Exception {
        ProjectLayout layout = project();
        // Computed here from the files alone: had the code any part in it, the two would differ.
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        for (String f : List.of("data/sources/doc.md", "ontology/o.ttl", "queries/q.rq")) {
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            entry.write(f.getBytes(StandardCharsets.UTF_8));
            entry.write(0);
            entry.write(Files.readAllBytes(dir.resolve(f)));
            entry.write(0);
            d.update(entry.toByteArray());
        }
        assertEquals(HexFormat.of().formatHex(d.digest(), 0, 8), DatasetVersion.ofData(layout));
        assertNotEquals(ReleaseId.of(layout).value(), DatasetVersion.ofData(layout), "the release also names the code");
    }

    @Test
    void anEditedInputChangesItTheRegisterItselfDoesNot() throws Exception {
        ProjectLayout layout = project();
        String first = DatasetVersion.ofData(layout);
        Files.writeString(dir.resolve("data/register.tsv"), "written by the build\n");
        assertEquals(first, DatasetVersion.ofData(layout));
        Files.writeString(dir.resolve("data/sources/doc.md"), "---\ntitle: T\n---\nText!\n");
        assertNotEquals(first, DatasetVersion.ofData(layout));
    }
}
