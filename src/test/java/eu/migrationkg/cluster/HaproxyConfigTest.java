package eu.migrationkg.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped template renders to a configuration HAProxy accepts, and the template and the code cannot drift apart. */
class HaproxyConfigTest {

    private static final Path TEMPLATE = TestProject.layout().root().resolve("deploy/haproxy.cfg.template");

    private static HaproxyConfig.Settings settings(Path dir) {
        return new HaproxyConfig.Settings("127.0.0.1", 3030, dir.resolve("haproxy.sock"), 20, 35, 8, 64,
                List.of(new HaproxyConfig.ReplicaSlot("s1", 41001), new HaproxyConfig.ReplicaSlot("s2", 41002)));
    }

    @Test
    void everyReplicaGetsAServerAndAPin(@TempDir Path dir) throws Exception {
        String cfg = HaproxyConfig.render(TEMPLATE, settings(dir));
        assertTrue(cfg.contains("\n    server s1 127.0.0.1:41001\n    server s2 127.0.0.1:41002"), cfg);
        assertTrue(cfg.contains("use-server s2 if { var(sess.kg_replica) -m str s2 }"), cfg);
        assertTrue(cfg.contains("bind 127.0.0.1:3030"), cfg);
        assertTrue(cfg.contains("timeout server 35s"), cfg);
        assertTrue(cfg.contains("http-request deny deny_status 429 if { sc0_conn_cur gt 8 }"), cfg);
        // Placeholders are filled in outside comments only; the comments keep naming them.
        assertFalse(cfg.lines().filter(l -> !l.strip().startsWith("#")).anyMatch(l -> l.contains("${")), cfg);
        assertTrue(cfg.contains("#   ${SERVERS}"), "the template's legend is kept");
    }

    @Test
    void haproxyAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Optional<Path> haproxy = Haproxy.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(haproxy.isPresent(), "HAProxy is not installed (apt-get install haproxy)");
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, HaproxyConfig.render(TEMPLATE, settings(dir)));
        Haproxy.check(haproxy.get(), cfg);
    }

    @Test
    void aPlaceholderTheCodeDoesNotKnowIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.template");
        Files.writeString(bad, Files.readString(TEMPLATE).replace("${BIND}", "${BIND_ADDRESS}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HaproxyConfig.render(bad, settings(dir)));
        assertTrue(e.getMessage().contains("unknown placeholder ${BIND_ADDRESS}"), e.getMessage());
    }

    @Test
    void aPlaceholderTheTemplateLacksIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.template");
        Files.writeString(bad, Files.readString(TEMPLATE).replace("${PINS}", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HaproxyConfig.render(bad, settings(dir)));
        assertTrue(e.getMessage().contains("${PINS} is missing"), e.getMessage());
    }
}
