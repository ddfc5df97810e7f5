package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading queries/ again: new files served, broken ones keep their last good version, removed ones go. */
class SavedQueriesTest {

    private static final String BASE = "http://example.org/kg/";

    private static SavedQueries over(Path dir) {
        return new SavedQueries(() -> QueryRegistry.load(dir, BASE, p -> "queries/" + p.getFileName()));
    }

    private static List<String> ids(QueryRegistry r) {
        return r.all().stream().map(SavedQuery::id).toList();
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionAndIsReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.rq"), "#+ summary: A\nSELECT ?s WHERE { ?s ?p ?o }\n");
        SavedQueries queries = over(dir);
        QueryRegistry first = queries.current();

        Files.writeString(dir.resolve("a.rq"), "#+ summary: A edited\nSELECT ?s WHERE { ?s ?p }\n");
        Files.writeString(dir.resolve("b.rq"), "#+ summary: B\nASK { ?s ?p ?o }\n");
        QueryRegistry second = queries.reload();
        assertSame(second, queries.current());
        assertEquals(List.of("a", "b"), ids(second));
        assertSame(first.get("a").orElseThrow(), second.get("a").orElseThrow(), "the version read before");
        assertEquals(1, second.problems().size());
        assertEquals("queries/a.rq", second.problems().get(0).file());
        assertEquals(2, second.problems().get(0).line());
        assertTrue(second.problems().get(0).message().endsWith("(the version read before is still served)"));

        // Still broken: the same last good version is carried on.
        assertSame(first.get("a").orElseThrow(), queries.reload().get("a").orElseThrow());

        Files.delete(dir.resolve("a.rq"));
        QueryRegistry third = queries.reload();
        assertEquals(List.of("b"), ids(third));
        assertEquals(List.of(), third.problems());
    }

    @Test
    void aFileBrokenFromTheStartHasNothingToKeep(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.rq"), "SELECT ?s WHERE { ?s ?p }\n");
        SavedQueries queries = over(dir);
        assertEquals(List.of(), ids(queries.current()));
        assertEquals(List.of(), ids(queries.reload()));
        assertEquals("queries/a.rq", queries.current().problems().get(0).file());
        assertTrue(!queries.current().problems().get(0).message().contains("still served"));
    }

    @Test
    void theTimeOfTheQueriesIsTheirNewestChangeRemovalIncluded(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.rq");
        Path b = dir.resolve("b.rq");
        Files.writeString(a, "#+ summary: A\nASK { ?s ?p ?o }\n");
        Files.writeString(b, "#+ summary: B\nASK { ?s ?p ?o }\n");
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Files.setLastModifiedTime(dir, FileTime.from(t0));
        Files.setLastModifiedTime(a, FileTime.from(t0.plusSeconds(10)));
        Files.setLastModifiedTime(b, FileTime.from(t0.plusSeconds(20)));
        SavedQueries queries = over(dir);
        assertEquals(t0.plusSeconds(20), queries.current().modified(), "the newest file");

        Files.writeString(a, "#+ summary: A broken\nASK { ?s ?p }\n");
        Files.setLastModifiedTime(a, FileTime.from(t0.plusSeconds(30)));
        assertEquals(t0.plusSeconds(30), queries.reload().modified(), "a broken edit is a change too");

        Files.delete(a);
        Files.setLastModifiedTime(dir, FileTime.from(t0.plusSeconds(40)));
        Files.setLastModifiedTime(b, FileTime.from(t0.plusSeconds(20)));
        assertEquals(t0.plusSeconds(40), queries.reload().modified(), "a removal shows in the folder's time");
    }
}
