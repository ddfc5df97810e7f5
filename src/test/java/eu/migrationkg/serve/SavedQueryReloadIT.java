package eu.migrationkg.serve;

import static eu.migrationkg.support.ReloadingServer.NEW_SOURCE;
import static eu.migrationkg.support.ReloadingServer.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.ReloadingServer;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.awaitility.Awaitility.await;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved queries are read again by a reload, as the graph is: on a copy of the repository, a query file
 * added, broken and removed while the server runs, seen through the API, the OpenAPI document and the
 * pages.
 */
class SavedQueryReloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "titles-count";

    private static final String ADDED = """
            #+ summary: Number of titled things
            #+ tags:
            #+   - documents
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT (COUNT(?t) AS ?titles) WHERE { ?d dct:title ?t }
            """;

    /** The same query saved with a mistake on line 4: a triple pattern without its object. */
    private static final String BROKEN = """
            #+ summary: Number of titled things, edited
            #+ tags:
            #+   - documents
            SELECT (COUNT(?t) AS ?titles) WHERE { ?d <http://purl.org/dc/terms/title> }
            """;

    private static JsonNode reload(RunningServer s, int status) throws Exception {
        HttpResponse<String> r = ReloadingServer.reload(s, TOKEN);
        assertEquals(status, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode json(RunningServer s, String path) throws Exception {
        HttpResponse<String> r = s.get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The entry of /api/queries with this id, or null. */
    private static JsonNode listed(RunningServer s, String id) throws Exception {
        for (JsonNode q : json(s, "api/queries").get("queries")) {
            if (q.get("id").asText().equals(id)) return q;
        }
        return null;
    }

    /** What the saved query answers: its one count. */
    private static long titles(RunningServer s) throws Exception {
        HttpResponse<String> r = s.get("api/queries/" + ID, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).at("/results/bindings/0/titles/value").asLong();
    }

    @Test
    void aQueryAddedBrokenAndRemovedOnARunningServer(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        Path file = project.resolve("queries/" + ID + ".rq");
        try (RunningServer s = ReloadingServer.start(project, true, false)) {
            assertEquals(null, listed(s, ID));
            assertEquals(404, s.get("api/queries/" + ID, "application/json").statusCode());
            String openApiTag = s.get("api/openapi.json", "application/json").headers().firstValue("ETag").orElseThrow();
            int shipped = json(s, "api/queries").get("queries").size();

            // (a) Added: listed, runnable, described, on its page and among the editor's examples.
            Files.writeString(file, ADDED);
            JsonNode added = reload(s, 200);
            assertTrue(added.get("swapped").asBoolean());
            assertEquals(shipped + 1, added.at("/queries/served").asInt(), added.toString());
            assertEquals(0, added.at("/queries/problems").size(), added.toString());
            assertEquals("Number of titled things", listed(s, ID).get("summary").asText());
            long before = titles(s);
            assertTrue(before > 0, "the query runs on the graph: " + before);
            HttpResponse<String> openApi = s.get("api/openapi.json", "application/json");
            assertTrue(JSON.readTree(openApi.body()).get("paths").has("/api/queries/" + ID), openApi.body());
            assertNotEquals(openApiTag, openApi.headers().firstValue("ETag").orElseThrow(),
                    "the document changed, so does its tag");
            assertEquals(200, s.get("queries/" + ID, "text/html").statusCode());
            assertTrue(s.get("queries", "text/html").body().contains("Number of titled things"));
            assertTrue(s.get("sparql", "text/html").body().contains("Number of titled things"),
                    "the editor offers it as an example");

            // (b) Broken, in the same reload as a new source: the graph is swapped, the file and line
            // reported, and the version read before still answers.
            Files.writeString(file, BROKEN);
            Files.writeString(project.resolve("data/sources/added.md"), NEW_SOURCE);
            JsonNode broken = reload(s, 200);
            assertTrue(broken.get("swapped").asBoolean(), "a query file does not hold the graph back: " + broken);
            assertEquals(0, broken.get("problems").size(), broken.toString());
            assertEquals(shipped + 1, broken.at("/queries/served").asInt(), broken.toString());
            JsonNode problem = broken.at("/queries/problems/0");
            assertEquals("queries/" + ID + ".rq", problem.get("file").asText(), broken.toString());
            assertEquals(4, problem.get("line").asInt(), broken.toString());
            assertTrue(problem.get("message").asText().contains("still served"), broken.toString());
            assertTrue(broken.get("message").asText().contains("queries.problems"), broken.toString());
            assertEquals("Number of titled things", listed(s, ID).get("summary").asText(), "the last good version");
            assertEquals(before + 1, titles(s), "the old query, run on the new graph");
            assertTrue(json(s, "api/openapi.json").get("paths").has("/api/queries/" + ID));

            // (c) Removed: gone everywhere.
            Files.delete(file);
            JsonNode removed = reload(s, 200);
            assertEquals(shipped, removed.at("/queries/served").asInt(), removed.toString());
            assertEquals(0, removed.at("/queries/problems").size(), removed.toString());
            assertEquals(null, listed(s, ID));
            assertEquals(404, s.get("api/queries/" + ID, "application/json").statusCode());
            assertEquals(404, s.get("queries/" + ID, "text/html").statusCode());
            assertFalse(json(s, "api/openapi.json").get("paths").has("/api/queries/" + ID));
            assertEquals(openApiTag, s.get("api/openapi.json", "application/json").headers().firstValue("ETag")
                    .orElseThrow(), "the same queries, the same document");
        }
    }

    @Test
    void aRefusedGraphKeepsTheQueriesOfTheReleaseServed(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = ReloadingServer.start(project, true, false)) {
            Files.writeString(project.resolve("data/sources/broken.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
            Files.writeString(project.resolve("queries/" + ID + ".rq"), ADDED);
            JsonNode body = reload(s, 409);
            assertFalse(body.get("swapped").asBoolean());
            assertTrue(body.at("/problems/0/file").asText().contains("broken.md"), body.toString());
            // Queries are part of a release: the old release keeps serving with its own queries.
            assertEquals(404, s.get("api/queries/" + ID, "application/json").statusCode());
            Files.delete(project.resolve("data/sources/broken.md"));
            reload(s, 200);
            assertTrue(titles(s) > 0, "the new query runs once its release is served");
        }
    }

    @Test
    void watchReadsAQueryFileSavedWhileServing(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = ReloadingServer.start(project, true, true)) {
            Path added = project.resolve("queries/" + ID + ".rq");
            // The file is written again on each poll: the watcher may start watching after the first write.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Files.writeString(added, ADDED);
                return listed(s, ID) != null;
            });
            assertTrue(listed(s, ID) != null, "the new query is served without a restart");
            assertTrue(titles(s) > 0);
        }
    }
}
