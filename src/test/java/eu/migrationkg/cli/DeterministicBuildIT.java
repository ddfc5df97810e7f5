package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.support.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same sources in two separate JVMs (so nothing carries over, not even identity hash
 * codes) write byte-identical dumps, extraction included.
 */
class DeterministicBuildIT {

    @TempDir Path dir;

    private void build(Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-jar", System.getProperty("kg.jar"), "build",
                "--project-dir", TestProject.layout().root().toString(), "-o", out.toString())
                .redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished");
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    void twoBuildsInTwoProcessesWriteByteIdenticalDumps() throws Exception {
        build(dir.resolve("one"));
        build(dir.resolve("two"));
        for (String f : List.of(DumpWriter.NQUADS, DumpWriter.TURTLE)) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(f));
            assertTrue(new String(one, StandardCharsets.UTF_8).contains("/id/passage/ip-26-233/"), f + " holds the extraction");
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }
}
