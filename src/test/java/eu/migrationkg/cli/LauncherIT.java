package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./kg launcher's choice of JDK, exercised with fake JDKs that only report a version. */
class LauncherIT {

    @TempDir Path dir;

    private record Result(int exit, String out, String err) {}

    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = dir.resolve(name).resolve("bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-01-01' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir.resolve(name);
    }

    private Result whichJava(Map<String, String> env) throws Exception {
        Path kg = TestProject.layout().root().resolve("kg");
        ProcessBuilder pb = new ProcessBuilder("sh", kg.toString(), "--which-java");
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void javaHomeWinsWhenItIsRecentEnough() throws Exception {
        Path home = fakeJdk("home-22", "22.0.1");
        fakeJdk("jvms/jdk-25", "25.0.1");
        Result r = whichJava(Map.of("JAVA_HOME", home.toString(), "KG_JVM_ROOT", dir.resolve("jvms").toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(home.toString(), r.out());
    }

    @Test
    void tooOldJavaHomeFallsBackToTheNewestJdkUnderTheJvmFolder() throws Exception {
        Path old = fakeJdk("home-17", "17.0.15");
        fakeJdk("jvms/jdk-21", "21.0.4");
        Path newest = fakeJdk("jvms/jdk-25", "25.0.1");
        fakeJdk("jvms/jdk-8", "1.8.0_392");
        Result r = whichJava(Map.of("JAVA_HOME", old.toString(), "KG_JVM_ROOT", dir.resolve("jvms").toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(newest.toString(), r.out());
    }

    @Test
    void javaOnThePathIsUsedLast() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Path onPath = fakeJdk("path-jdk", "23");
        Result r = whichJava(Map.of("KG_JVM_ROOT", dir.resolve("empty").toString(),
                "PATH", onPath.resolve("bin") + ":/usr/bin:/bin"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(onPath.toString(), r.out());
    }

    @Test
    void noSuitableJdkIsOneLineSayingWhatToInstall() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Path old = fakeJdk("old", "17.0.15");
        Result r = whichJava(Map.of("KG_JVM_ROOT", dir.resolve("empty").toString(),
                "PATH", old.resolve("bin") + ":/usr/bin:/bin"));
        assertEquals(3, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("no Java 21 or newer found") && r.err().contains("install"), r.err());
    }
}
