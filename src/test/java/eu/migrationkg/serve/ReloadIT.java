package eu.migrationkg.serve;

import static eu.migrationkg.support.ReloadingServer.NEW_SOURCE;
import static eu.migrationkg.support.ReloadingServer.TOKEN;
import static eu.migrationkg.support.ReloadingServer.reload;
import static eu.migrationkg.support.ReloadingServer.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import static org.awaitility.Awaitility.await;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** Reload without downtime: POST /$/reload and --watch, on a copy of the repository. */
class ReloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLES = "SELECT ?t { ?d <http://purl.org/dc/terms/title> ?t }";

    /** Front matter without the keys a source must have: the build reports it and leaves it out. */
    private static final String BROKEN_SOURCE = "---\ntitle: [unclosed\n---\n\nText.\n";

    private static int titles(RunningServer s) throws Exception {
        HttpResponse<String> r = s.get("sparql?query=" + URLEncoder.encode(TITLES, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("results").get("bindings").size();
    }

    @Test
    void withoutATokenTheRouteDoesNotExist(@TempDir Path dir) throws Exception {
        try (RunningServer s = start(TestProject.copyTo(dir), false, false)) {
            assertEquals(404, reload(s, "anything").statusCode());
        }
    }

    @Test
    void theTokenIsRequiredAndOnlyPostReloads(@TempDir Path dir) throws Exception {
        try (RunningServer s = start(TestProject.copyTo(dir), true, false)) {
            HttpResponse<String> none = reload(s, null);
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, reload(s, TOKEN + "x").statusCode());
            assertEquals(405, s.send("GET", "$/reload", null, "Authorization", "Bearer " + TOKEN).statusCode());
        }
    }

    @Test
    void aNewSourceIsServedAfterReload(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = start(project, true, false)) {
            int before = titles(s);
            Files.writeString(project.resolve("data/sources/added.md"), NEW_SOURCE);
            HttpResponse<String> r = reload(s, TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = JSON.readTree(r.body());
            assertTrue(body.get("swapped").asBoolean());
            assertEquals(before + 1, titles(s));
            assertEquals(s.store().assembled().tripleCount(), body.get("triples").asLong());
        }
    }

    @Test
    void aBrokenSourceUnderLoadLeavesTheOldGraphServingAndNoRequestFails(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = start(project, true, false)) {
            int before = titles(s);
            long triples = s.store().assembled().tripleCount();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger done = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        try {
                            int n = titles(s);
                            if (n < before) failures.add("saw " + n + " titles, fewer than " + before);
                            done.incrementAndGet();
                        } catch (Throwable t) {
                            failures.add(t.toString());
                        }
                    }
                }));
            }
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> done.get() >= 16);
                int beforeRefusal = done.get();
                Files.writeString(project.resolve("data/sources/broken.md"), BROKEN_SOURCE);
                HttpResponse<String> refused = reload(s, TOKEN);
                assertEquals(409, refused.statusCode(), refused.body());
                JsonNode body = JSON.readTree(refused.body());
                assertTrue(body.get("problems").get(0).get("file").asText().contains("broken.md"), refused.body());
                assertEquals(triples, body.get("triples").asLong(), "the old graph is still the one served");

                Files.delete(project.resolve("data/sources/broken.md"));
                Files.writeString(project.resolve("data/sources/added.md"), NEW_SOURCE);
                HttpResponse<String> swapped = reload(s, TOKEN);
                assertEquals(200, swapped.statusCode(), swapped.body());
                int atSwap = done.get();
                // The clients go on querying the new graph for a while: at least a round each.
                await().atMost(Duration.ofSeconds(60)).until(() -> done.get() >= atSwap + 16 || !failures.isEmpty());
                assertTrue(atSwap > beforeRefusal || done.get() > atSwap, "queries ran around the reloads");
            } finally {
                stop.set(true);
                for (Future<?> f : running) f.get(30, TimeUnit.SECONDS);
                clients.shutdownNow();
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.peek());
            assertEquals(before + 1, titles(s));
        }
    }

    @Test
    void watchReloadsWhenAFileChanges(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = start(project, false, true)) {
            int before = titles(s);
            Path added = project.resolve("data/sources/added.md");
            // The file is written again on each poll: the watcher may start watching after the first write.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                Files.writeString(added, NEW_SOURCE);
                return titles(s) == before + 1;
            });
            assertEquals(before + 1, titles(s), "the new source is served without a restart");
        }
    }
}
