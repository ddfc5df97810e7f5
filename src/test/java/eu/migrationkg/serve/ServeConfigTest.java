package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfigTest {

    @Test
    void defaultsAreSafeForAPublicEndpoint() {
        ServeConfig c = ServeConfig.defaults();
        assertFalse(c.serviceEnabled(), "SERVICE lets a caller make the server fetch any URL");
        assertTrue(c.queryTimeout().toSeconds() >= 10 && c.queryTimeout().toSeconds() <= 60);
        assertTrue(c.maxRows() > 0 && c.maxBodyBytes() > 0 && c.maxConcurrentPerClient() > 0);
        assertTrue(c.corsEnabled());
        assertEquals("127.0.0.1", c.host());
        assertFalse(c.watch());
    }

    @Test
    void aFileOverridesOnlyTheKeysItNames(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kg.properties");
        Files.writeString(f, "query.timeout.seconds = 5\nquery.max.rows=7\n");
        ServeConfig c = ServeConfig.load(f);
        assertEquals(5, c.queryTimeout().toSeconds());
        assertEquals(7, c.maxRows());
        assertEquals(ServeConfig.defaults().maxBodyBytes(), c.maxBodyBytes());
    }

    @Test
    void anUnknownKeyIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kg.properties");
        Files.writeString(f, "query.timeout.secs = 5\n");
        var e = assertThrows(ServeConfig.ConfigException.class, () -> ServeConfig.load(f));
        assertTrue(e.getMessage().contains("query.timeout.secs"), e.getMessage());
    }

    @Test
    void aBadValueIsRefusedWithItsKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kg.properties");
        Files.writeString(f, "query.service.enabled = yes\n");
        var e = assertThrows(ServeConfig.ConfigException.class, () -> ServeConfig.load(f));
        assertTrue(e.getMessage().contains("query.service.enabled"), e.getMessage());
        Files.writeString(f, "query.max.rows = 0\n");
        e = assertThrows(ServeConfig.ConfigException.class, () -> ServeConfig.load(f));
        assertTrue(e.getMessage().contains("query.max.rows"), e.getMessage());
    }

    @Test
    void theAdminTokenComesFromTheNamedVariable() {
        var p = ServeConfig.defaultProperties();
        assertEquals("s3cret", ServeConfig.from(p, name -> name.equals("KG_ADMIN_TOKEN") ? "s3cret" : null)
                .adminToken().orElseThrow());
        assertTrue(ServeConfig.from(p, name -> null).adminToken().isEmpty());
        assertTrue(ServeConfig.from(p, name -> "  ").adminToken().isEmpty(), "a blank token is no token");
    }
}
