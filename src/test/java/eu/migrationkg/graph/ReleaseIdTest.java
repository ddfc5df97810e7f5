package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.migrationkg.ProjectLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release id is a function of the inputs' paths and contents and of the code, nothing else. */
class ReleaseIdTest {

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
    void theSameInputsGiveTheSameIdWhateverTheirTimestamps() throws Exception {
        ProjectLayout layout = project();
        ReleaseId first = ReleaseId.of(layout);
        Files.setLastModifiedTime(dir.resolve("data/sources/doc.md"),
                java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(first, ReleaseId.of(layout));
    }

    @Test
    void anEditedSourceQueryOrNewFileGivesANewId() throws Exception {
        ProjectLayout layout = project();
        ReleaseId first = ReleaseId.of(layout);
        Files.writeString(dir.resolve("data/sources/doc.md"), "---\ntitle: T\n---\nText!\n");
        ReleaseId edited = ReleaseId.of(layout);
        assertNotEquals(first, edited);
        Files.writeString(dir.resolve("queries/q2.rq"), "ASK {}\n");
        assertNotEquals(edited, ReleaseId.of(layout));
    }

    @Test
    void aRenamedInputGivesANewIdButTheBuildsOwnRegisterDoesNot() throws Exception {
        ProjectLayout layout = project();
        ReleaseId first = ReleaseId.of(layout);
        Files.writeString(dir.resolve("data/register.tsv"), "written by the build\n");
        assertEquals(first, ReleaseId.of(layout));
        Files.createDirectories(dir.resolve("data/originals"));
        Files.writeString(dir.resolve("data/originals/doc.html"), "<p>kept by kg add, named by its sources' sha256</p>\n");
        assertEquals(first, ReleaseId.of(layout), "an original is not read by the build");
        Files.move(dir.resolve("queries/q.rq"), dir.resolve("queries/r.rq"));
        assertNotEquals(first, ReleaseId.of(layout));
    }
}
