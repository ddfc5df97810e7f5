package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.IriRegister;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register of published IRIs, as {@code kg build} keeps it: deterministic, and what lets a removed
 * resource answer 410 Gone with what it was, when it was last published and what replaced it.
 */
class RegisterIT {

    private static final String REMOVED = "Using incentives and levers across sectors and policy areas such as visa policy, trade and financial support";
    private static final String EDITED = "Further strengthen the role of **Frontex** with a revision of its founding regulation.";

    @TempDir static Path dir;
    private static Path root;
    private static IriRegister first;

    @BeforeAll
    static void buildTwice() throws Exception {
        root = TestProject.copyTo(dir.resolve("a"));
        Files.deleteIfExists(root.resolve("data/register.tsv"));
        CliRun built = CliRun.of("build", "--project-dir", root.toString(), "-o", dir.resolve("out-a").toString());
        assertEquals(0, built.exit(), built.err());
        first = IriRegister.read(root.resolve("data/register.tsv"));
    }

    @Test
    void theRegisterIsDeterministicAndSorted() throws Exception {
        byte[] once = Files.readAllBytes(root.resolve("data/register.tsv"));
        Path other = TestProject.copyTo(dir.resolve("b"));
        Files.deleteIfExists(other.resolve("data/register.tsv"));
        assertEquals(0, CliRun.of("build", "--project-dir", other.toString(), "-o", dir.resolve("out-b").toString()).exit());
        assertEquals(new String(once), Files.readString(other.resolve("data/register.tsv")),
                "the same data give the same register, in any folder");
        assertEquals(0, CliRun.of("build", "--project-dir", other.toString(), "-o", dir.resolve("out-b").toString()).exit());
        assertEquals(new String(once), Files.readString(other.resolve("data/register.tsv")), "building again changes nothing");
        assertEquals(eu.migrationkg.graph.DatasetVersion.ofData(new ProjectLayout(root)), first.version(),
                "the register records the version of the data, not the release (which names the code too)");
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(other.resolve("data/register.tsv"))) {
            if (line.startsWith("id/") || line.startsWith("graph/")) paths.add(line.split("\t")[0]);
        }
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        assertEquals(sorted, paths);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("id/action/")) && paths.stream().anyMatch(p -> p.startsWith("id/passage/ip-26-233/")));
        assertTrue(paths.stream().noneMatch(p -> p.contains("#")), "fragments are parts of a published IRI, not IRIs of their own");
    }

    @Test
    void theCommittedRegisterIsUpToDate() throws Exception {
        IriRegister committed = IriRegister.read(TestProject.layout().registerFile());
        for (IriRegister.Entry e : first.entries().values()) {
            assertTrue(committed.entry(e.path()).filter(c -> !c.gone()).isPresent(),
                    e.path() + " is published but not in data/register.tsv: run ./kg build and commit the register");
        }
        for (IriRegister.Entry c : committed.entries().values()) {
            assertTrue(c.gone() || first.entry(c.path()).isPresent(),
                    c.path() + " is no longer described but data/register.tsv says it is: run ./kg build and commit the register");
        }
    }

    @Test
    void aRemovedResourceAnswers410WithItsLastLabelAndAnEditedOneItsSuccessor() throws Exception {
        Path edited = TestProject.copyTo(dir.resolve("edited"));
        Files.copy(root.resolve("data/register.tsv"), edited.resolve("data/register.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path source = edited.resolve("data/sources/ip-26-233.md");
        String text = Files.readString(source);
        String bullet = "- Using **incentives and levers** across sectors and policy areas such as visa policy, trade and financial support.\n";
        assertTrue(text.contains(bullet) && text.contains(EDITED));
        Files.writeString(source, text.replace(bullet, "").replace(EDITED, EDITED.replace("its founding regulation", "its founding regulation by 2027")));
        CliRun rebuilt = CliRun.of("build", "--project-dir", edited.toString(), "-o", dir.resolve("out-edited").toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains("gone"), rebuilt.out());

        IriRegister after = IriRegister.read(edited.resolve("data/register.tsv"));
        IriRegister.Entry removed = byLabel(after, REMOVED);
        IriRegister.Entry strengthened = byLabel(after, "Further strengthen the role of Frontex with a revision of its founding regulation");
        assertTrue(removed.gone() && removed.lastPublished().contains(first.version()) && removed.lastPublished().contains(first.date()),
                "gone since the version it was last published in: " + removed);
        assertTrue(strengthened.gone() && strengthened.replacedBy().startsWith("id/action/"), "the edited action's successor: " + strengthened);

        try (RunningServer server = RunningServer.start(new ProjectLayout(edited))) {
            HttpResponse<String> page = server.get(removed.path(), "text/html");
            assertEquals(410, page.statusCode(), page.body());
            assertTrue(page.body().contains(REMOVED), "the page says what it was");
            assertTrue(page.body().contains(first.date()), "and when it was last published");

            HttpResponse<String> rdf = server.get(removed.path(), "text/turtle");
            assertEquals(410, rdf.statusCode());
            assertTrue(rdf.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), rdf.headers().toString());
            assertTrue(rdf.body().contains(REMOVED), rdf.body());

            HttpResponse<String> replaced = server.get(strengthened.path() + ".nt", null);
            assertEquals(410, replaced.statusCode());
            assertTrue(replaced.body().contains("<" + Iris.DEFAULT_NAMESPACE + strengthened.path() + "> <" + Vocab.DCT
                    + "isReplacedBy> <" + Iris.DEFAULT_NAMESPACE + strengthened.replacedBy() + ">"), replaced.body());
            HttpResponse<String> successor = server.get(strengthened.replacedBy(), "text/turtle");
            assertEquals(200, successor.statusCode(), "the successor is described");
            assertTrue(successor.body().contains("by 2027"), successor.body());

            assertEquals(404, server.get("id/action/never-published", "text/html").statusCode(), "never published: 404");
        }
    }

    private static IriRegister.Entry byLabel(IriRegister register, String label) {
        return register.entries().values().stream().filter(e -> e.path().startsWith("id/action/") && e.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no action labelled " + label));
    }
}
