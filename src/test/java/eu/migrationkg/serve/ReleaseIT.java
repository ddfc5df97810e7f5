package eu.migrationkg.serve;

import static eu.migrationkg.support.ReloadingServer.NEW_SOURCE;
import static eu.migrationkg.support.ReloadingServer.TOKEN;
import static eu.migrationkg.support.ReloadingServer.reload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.ExtractionPipeline;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.DumpFile;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.graph.Release;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.graph.ReleaseManifest;
import eu.migrationkg.graph.Releases;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases as kg serve uses them: built once, opened without extraction, switched whole by a reload. */
class ReleaseIT {

    private static final String BASE = "http://localhost:3030/";
    private static final String ADDED = "added-while-serving";
    /** The title {@link eu.migrationkg.support.ReloadingServer#NEW_SOURCE} gives the added document (in English). */
    private static final String ADDED_TITLE = "A document added while the server runs";

    private static ServeConfig config() {
        Properties p = new Properties();
        p.setProperty("http.client.max.concurrent", "64");
        return ServeConfig.withOverrides(p).withAdminToken(TOKEN);
    }

    @Test
    void theSameInputsGiveTheSameReleaseAndByteIdenticalDumps(@TempDir Path dir) throws Exception {
        ProjectLayout a = new ProjectLayout(TestProject.copyTo(dir.resolve("a")));
        ProjectLayout b = new ProjectLayout(TestProject.copyTo(dir.resolve("b")));
        Release first = RunningServer.release(a, BASE);
        Release second = RunningServer.release(b, BASE);
        assertEquals(first.id(), second.id());
        assertEquals(ReleaseId.of(a), first.id(), "named by the hash of its inputs");
        for (String name : List.of(DumpWriter.NQUADS_GZ, DumpWriter.TURTLE_GZ, DumpWriter.CHECKSUMS)) {
            assertArrayEquals(Files.readAllBytes(first.dumps().resolve(name)), Files.readAllBytes(second.dumps().resolve(name)),
                    name + " is byte-identical");
        }
        assertArrayEquals(Files.readAllBytes(first.description()), Files.readAllBytes(second.description()));
        // The same bytes as the in-memory assembly publishes: the release changes where the graph lives, not what it is.
        AssembledDataset inMemory = new DatasetAssembler(a, new Iris(BASE), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                .assemble();
        for (DumpFile d : DumpWriter.dumps(inMemory)) {
            assertArrayEquals(d.bytes(), Files.readAllBytes(first.dumps().resolve(d.name())), d.name());
        }
        ReleaseManifest m = first.manifest();
        assertEquals(first.id().value(), m.id());
        assertTrue(m.count("quads") > 1000 && m.count("inferred") > 0 && m.count("documents") == 2, m.counts().toString());
        assertTrue(m.inputs().stream().anyMatch(i -> i.path().equals("data/sources/ip-26-233.md") && i.sha256().length() == 64),
                "every input with its SHA-256");
    }

    @Test
    void aReleaseIsServedWithoutExtractingAgain(@TempDir Path dir) throws Exception {
        ProjectLayout layout = new ProjectLayout(TestProject.copyTo(dir));
        long runsBefore = ExtractionPipeline.runs();
        try (RunningServer built = RunningServer.startRelease(layout, config())) {
            assertEquals(runsBefore + 1, ExtractionPipeline.runs(), "the first server builds the release");
        }
        long extracted = ExtractionPipeline.runs();
        long read = ExtractionPipeline.documentsRead();
        Release release = new Releases(layout.releasesDir()).list().getFirst();
        assertEquals(Iris.DEFAULT_NAMESPACE, release.manifest().base(), "IRIs under the namespace, whatever the port");
        // A second server of the same inputs, as kg serve starts one: it finds the release and opens it.
        try (RunningServer s = RunningServer.startRelease(layout, config())) {
            assertEquals(release.folder(), s.store().openedRelease().orElseThrow().folder());
            HttpResponse<String> count = s.get("sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
            assertEquals(200, count.statusCode());
            assertEquals(release.manifest().count("triples"), Long.parseLong(count.body().lines().toList().get(1).trim()),
                    "the union default graph holds every triple once");
            assertEquals(200, s.get("id/source/ip-26-233", "text/html").statusCode());
            assertTrue(s.get("search?q=entry", "application/json").body().contains("\"label\""));
            assertEquals(200, s.get("api/queries/documents", "text/csv").statusCode());
            assertEquals(release.id().value(), count.headers().firstValue("X-KG-Release").orElseThrow());
            // The dumps are streamed from the release's files, whole or by range.
            byte[] file = Files.readAllBytes(release.dumps().resolve(DumpWriter.NQUADS_GZ));
            assertArrayEquals(file, s.getBytes("dumps/" + DumpWriter.NQUADS_GZ).body());
            assertArrayEquals(java.util.Arrays.copyOfRange(file, 5, 50),
                    s.getBytes("dumps/" + DumpWriter.NQUADS_GZ, "Range", "bytes=5-49").body());
        }
        assertEquals(extracted, ExtractionPipeline.runs(), "no extraction ran, not even from the cache of analyses");
        assertEquals(read, ExtractionPipeline.documentsRead(), "no document was read by extraction");
    }

    @Test
    void aReloadUnder32ClientsSwitchesWholeReleasesAndNoRequestFails(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = RunningServer.startRelease(new ProjectLayout(project), config())) {
            String before = s.store().release().value();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger afterSwitch = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            String[] after = new String[1];
            ExecutorService clients = Executors.newFixedThreadPool(32);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                int client = i;
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        try {
                            // Each answer must agree with the release named in its header: the added document
                            // is in the new release only: in SPARQL over the default graph, in the default graph
                            // read whole (Graph Store Protocol), in the pages and in the saved queries.
                            int kind = client % 4;
                            HttpResponse<String> r = switch (kind) {
                                case 0 -> s.get("sparql?query=" + enc("ASK { ?d <http://purl.org/dc/terms/title> "
                                        + "\"" + ADDED_TITLE + "\"@en }"), "text/csv");
                                case 1 -> s.get("id/source/" + ADDED, "text/turtle");
                                case 2 -> s.get("data?default", "application/n-triples");
                                default -> s.get("api/queries/documents", "text/csv");
                            };
                            String release = r.headers().firstValue("X-KG-Release").orElse("(none)");
                            boolean hasIt = switch (kind) {
                                case 0 -> r.statusCode() == 200 && r.body().contains("true");
                                case 1 -> r.statusCode() == 200;
                                case 2 -> r.statusCode() == 200 && r.body().contains(ADDED_TITLE);
                                default -> r.statusCode() == 200 && r.body().contains(ADDED);
                            };
                            boolean expected = !release.equals(before);
                            if (r.statusCode() != 200 && !(kind == 1 && r.statusCode() == 404)) {
                                failures.add(r.statusCode() + " " + r.body());
                            } else if (hasIt != expected) {
                                failures.add("release " + release + " answered " + (hasIt ? "with" : "without")
                                        + " the added document (client kind " + kind + ")");
                            }
                            seen.add(release);
                            if (after[0] != null && release.equals(after[0])) afterSwitch.incrementAndGet();
                            done.incrementAndGet();
                        } catch (Throwable t) {
                            failures.add(t.toString());
                        }
                    }
                }));
            }
            try {
                await(() -> done.get() >= 64, "the clients run");
                Files.writeString(project.resolve("data/sources/" + ADDED + ".md"), NEW_SOURCE);
                // The build runs while 32 clients keep the two cores busy: give it time.
                HttpResponse<String> swapped = s.http().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(s.url() + "$/reload")).timeout(Duration.ofMinutes(5))
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, swapped.statusCode(), swapped.body());
                after[0] = s.store().release().value();
                assertNotEquals(before, after[0]);
                await(() -> afterSwitch.get() >= 64, "the clients reach the new release");
            } finally {
                stop.set(true);
                for (Future<?> f : running) f.get(60, TimeUnit.SECONDS);
                clients.shutdownNow();
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures of " + done.get() + ", first: " + failures.peek());
            assertEquals(Set.of(before, after[0]), Set.copyOf(seen), "only the two releases answered");
            assertTrue(new Releases(new ProjectLayout(project).releasesDir()).find(before).isPresent(),
                    "the previous release is kept for a rollback");
        }
    }

    @Test
    void theGraphsHeldApartAreServedFromAReleaseButAreNotInItsDefaultGraph(@TempDir Path dir) throws Exception {
        Path project = StatusHistoryIT.projectWith(dir, "quarantine");
        try (RunningServer s = RunningServer.startRelease(new ProjectLayout(project), config())) {
            assertTrue(s.store().openedRelease().isPresent(), "served from a release");
            String europe = StatusHistoryIT.GLOBAL_EUROPE;
            assertEquals(List.of(List.of("ontology#proposed")),
                    StatusHistoryIT.select(s, "SELECT ?s { <" + europe + "> mig:status ?s }"), "the union leaves the held statement out");
            assertEquals(List.of(List.of("ontology#adopted")),
                    StatusHistoryIT.select(s, "SELECT ?s { GRAPH <graph/quarantine> { <" + europe + "> mig:status ?s } }"));
            assertEquals(List.of(List.of("graph/quarantine")), StatusHistoryIT.select(s,
                    "SELECT ?g { GRAPH ?g { <" + europe + "> mig:status mig:adopted } }"), "any graph includes those held apart");
            String report = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT ?r { %s }";
            assertEquals(List.of(), StatusHistoryIT.select(s, report.formatted("?r a sh:ValidationReport")));
            assertEquals(1, StatusHistoryIT.select(s, report.formatted("GRAPH <graph/validation> { ?r a sh:ValidationReport }")).size());
            HttpResponse<String> count = s.get("sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv");
            assertEquals(s.store().openedRelease().get().manifest().count("triples"),
                    Long.parseLong(count.body().lines().toList().get(1).trim()), "the union is what the dumps publish");
            HttpResponse<String> validation = s.get("validation", "application/json");
            assertEquals(1, new com.fasterxml.jackson.databind.ObjectMapper().readTree(validation.body()).get("held").asInt(),
                    "/validation reads the held statement from the release: " + validation.body());
        }
    }

    @Test
    void aFailedBuildKeepsTheOldReleaseServing(@TempDir Path dir) throws Exception {
        Path project = TestProject.copyTo(dir);
        try (RunningServer s = RunningServer.startRelease(new ProjectLayout(project), config())) {
            String before = s.store().release().value();
            Files.writeString(project.resolve("data/curated/broken.ttl"), "<a> <b> .\n");
            HttpResponse<String> refused = reload(s, TOKEN);
            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("broken.ttl"), "says why: " + refused.body());
            HttpResponse<String> still = s.get("sparql?query=" + enc("ASK { ?s ?p ?o }"), "text/csv");
            assertEquals(200, still.statusCode());
            assertEquals(before, still.headers().firstValue("X-KG-Release").orElseThrow());
            assertFalse(new Releases(new ProjectLayout(project).releasesDir()).list().stream()
                    .anyMatch(r -> !r.id().value().equals(before)), "nothing of the failed build is kept");
        }
    }

    private static String enc(String q) {
        return java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        org.awaitility.Awaitility.await(what).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
