package eu.migrationkg.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg cluster} as an operator runs it: the runnable jar, 3 replicas and HAProxy on free loopback
 * ports, 16 clients of mixed queries (GET and POST) and pages on keep-alive connections. A replica
 * killed with SIGKILL under that load costs no request and comes back; a roll to a new release under
 * the same load costs none either, and each connection sees the old release, then the new one.
 */
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 16;
    /** A bound on each client, so the test ends even if a phase never completes. */
    private static final int MAX_PER_CLIENT = 20_000;
    /** Between two requests of a client: 16 clients ask for at most 320 requests a second. */
    private static final Duration PAUSE = Duration.ofMillis(50);
    /** Generous: on a shared 2-core machine a replica may take minutes to start under the load. */
    private static final Duration PHASE = Duration.ofMinutes(10);

    @TempDir static Path tmp;
    private static Path project;
    private static Path stateFile;
    private static Path output;
    private static Process cluster;
    private static int port;

    @BeforeAll
    static void startCluster() throws Exception {
        Optional<Path> haproxy = Haproxy.find();
        assumeTrue(haproxy.isPresent(), "ClusterIT skipped: HAProxy is not installed (apt-get install haproxy; "
                + ".ci/run installs it)");
        project = FixtureProject.projectWith(tmp, FixtureProject.PASSAGE_FILE).root();
        Path config = tmp.resolve("limits.properties");
        // The 16 clients all come from 127.0.0.1; HAProxy's per-address limit must let them in.
        Files.writeString(config, "http.client.max.concurrent = 64\n");
        port = TestProject.freePort();
        stateFile = project.resolve("target/cluster/state.json");
        output = tmp.resolve("cluster.out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        cluster = new ProcessBuilder(java.toString(), "-jar", System.getProperty("kg.jar"), "cluster",
                "--replicas", "3", "--port", Integer.toString(port), "--watch", "--grace", "10", "--start-timeout", "600",
                // C1 only: a replica starts on less CPU; this test is about correctness, not speed.
                "--replica-jvm-options", "-XX:+UseSerialGC -Xmx128m -XX:TieredStopAtLevel=1",
                "--project-dir", project.toString(), "--config", config.toString(),
                "--template", TestProject.layout().root().resolve("deploy/haproxy.cfg.template").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        await("the cluster to start", PHASE, () -> said("Press Ctrl-C to stop."));
        assertTrue(Files.isRegularFile(stateFile), "state.json is written");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster == null) return;
        List<Long> pids = cluster.isAlive() && Files.exists(stateFile) ? pids(state()) : List.of();
        cluster.destroy();
        assertTrue(cluster.waitFor(60, TimeUnit.SECONDS), "Ctrl-C (SIGTERM) stops the cluster");
        for (long pid : pids) {
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isPresent()) p.get().onExit().get(30, TimeUnit.SECONDS);
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
        }
        assertFalse(Files.exists(stateFile), "the state file goes with the cluster");
    }

    @Test
    void failoverAndRollUnderLoadLoseNoRequest() throws Exception {
        JsonNode before = state();
        String oldRelease = before.get("release").asText();
        assertEquals(3, before.get("replicas").size());
        assertEquals(port, before.get("haproxy").get("port").asInt());
        for (JsonNode r : before.get("replicas")) assertEquals(oldRelease, r.get("release").asText());

        try (ClusterLoad load = new ClusterLoad(port, CLIENTS, MAX_PER_CLIENT, PAUSE,
                FixtureProject.PASSAGE_RESOURCE)) {
            await("every client to be served", PHASE, () -> load.leastPerClient() >= 5);

            // Failover: s2 killed outright, mid-load.
            JsonNode victim = before.get("replicas").get(1);
            long killed = victim.get("pid").asLong();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();
            long atKill = load.requests();
            await("s2 to be started again", PHASE, () -> pidOf(state(), "s2") != killed
                    && oldRelease.equals(releaseOf(state(), "s2")));
            await("s2 to answer through HAProxy again", PHASE, () -> answeredBy("s2"));
            assertTrue(load.requests() > atKill, "requests went on while s2 was down");
            assertEquals(List.of(), load.failures(), "no request failed while a replica was killed and came back");

            // Roll: an input changes, so the release does; --watch moves the replicas one at a time.
            Path ontology = project.resolve("ontology");
            Path changed;
            try (var files = Files.list(ontology)) {
                changed = files.filter(p -> p.toString().endsWith(".ttl")).sorted().findFirst().orElseThrow();
            }
            Files.writeString(changed, "\n# changed by ClusterIT: a new release\n", StandardOpenOption.APPEND);
            await("the roll to a new release", PHASE, () -> !oldRelease.equals(state().get("release").asText()));
            JsonNode after = state();
            String newRelease = after.get("release").asText();
            for (JsonNode r : after.get("replicas")) assertEquals(newRelease, r.get("release").asText());
            int served = load.leastPerClient();
            await("every client to be served after the roll", PHASE, () -> load.leastPerClient() >= served + 5);
            List<ClusterLoad.ConnectionHistory> histories = load.finish();

            assertEquals(List.of(), load.failures(), "no request failed during the roll");
            int switched = 0;
            for (ClusterLoad.ConnectionHistory h : histories) {
                Set<String> releases = new HashSet<>(h.releases());
                releases.removeAll(Set.of(oldRelease, newRelease));
                assertEquals(Set.of(), releases, "only the two releases are served");
                int firstNew = h.releases().indexOf(newRelease);
                if (firstNew < 0) continue;
                assertFalse(h.releases().subList(firstNew, h.releases().size()).contains(oldRelease),
                        "client " + h.client() + " connection " + h.connection() + " saw the new release, then the old: "
                                + h.releases());
                if (firstNew > 0) switched++;
            }
            // Each client keeps its connection, so each sees the switch once; reconnections may hide a few.
            assertTrue(switched >= CLIENTS / 2, "connections that saw old then new: " + switched + " of "
                    + histories.size());
            System.out.printf("ClusterIT: %d requests, 0 failed, %d resent after a keep-alive close; release %s -> %s; "
                    + "%d of %d connections switched once%n", load.requests(), load.resent(), oldRelease, newRelease,
                    switched, histories.size());
        }
        assertNotEquals(before.get("replicas").get(0).get("pid").asLong(), state().get("replicas").get(0).get("pid").asLong(),
                "the roll replaced s1");
    }

    /** Whether a fresh connection is answered by the named replica, within as many tries as there are replicas. */
    private static boolean answeredBy(String replica) {
        for (int i = 0; i < 6; i++) {
            try (KeepAliveConnection c = new KeepAliveConnection("127.0.0.1", port, 10_000)) {
                if (replica.equals(c.get("/$/ping", "*/*").header("X-KG-Replica"))) return true;
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private static JsonNode state() {
        try {
            return JSON.readTree(Files.readString(stateFile));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long pidOf(JsonNode state, String name) {
        for (JsonNode r : state.get("replicas")) if (name.equals(r.get("name").asText())) return r.path("pid").asLong();
        return -1;
    }

    private static String releaseOf(JsonNode state, String name) {
        for (JsonNode r : state.get("replicas")) if (name.equals(r.get("name").asText())) return r.path("release").asText();
        return null;
    }

    private static List<Long> pids(JsonNode state) {
        List<Long> pids = new ArrayList<>();
        pids.add(state.get("haproxy").get("pid").asLong());
        for (JsonNode r : state.get("replicas")) pids.add(r.get("pid").asLong());
        return pids;
    }

    private static boolean said(String text) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls {@code condition} until it holds; fails with the cluster's output when {@code limit} passes first. */
    private static void await(String what, Duration limit, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (cluster != null && !cluster.isAlive()) {
                throw new AssertionError("the cluster exited (" + cluster.exitValue() + ") while waiting for " + what
                        + ":\n" + Files.readString(output));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; the cluster said:\n"
                        + Files.readString(output));
            }
            cluster.waitFor(100, TimeUnit.MILLISECONDS);
        }
    }
}
