package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./kg launcher's choice of JDK and of JVM options, exercised with fake JDKs that report a version or their arguments. */
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
        return run(List.of("sh", TestProject.layout().root().resolve("kg").toString(), "--which-java"), env);
    }

    /** Runs a command with only {@code env} and a plain PATH in its environment. */
    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
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

    /**
     * A copy of ./kg in its own folder, with a jar it need not build, run with a fake JDK that prints the
     * arguments it was given: what the launcher passes to the JVM for {@code args}.
     */
    private Result javaArguments(Map<String, String> env, String... args) throws Exception {
        Path home = dir.resolve("project");
        Files.createDirectories(home.resolve("target"));
        Files.copy(TestProject.layout().root().resolve("kg"), home.resolve("kg"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(home.resolve("target/migration-kg.jar"), "not read: the fake JDK only prints its arguments");
        Path bin = dir.resolve("echo-jdk/bin");
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nif [ \"$1\" = -version ]; then echo 'openjdk version \"21.0.4\" 2024-07-16' >&2; exit 0; fi\n"
                + "echo \"$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("kg").toString()));
        command.addAll(List.of(args));
        Map<String, String> withJdk = new HashMap<>(env);
        withJdk.put("JAVA_HOME", dir.resolve("echo-jdk").toString());
        return run(command, withJdk);
    }

    @Test
    void batchCommandsGetTheThroughputCollectorWhenThereIsMoreThanOneProcessor() throws Exception {
        for (String command : new String[] {"build", "add", "validate", "bench"}) {
            Result r = javaArguments(Map.of(), command, "--help");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().endsWith("-jar " + dir.resolve("project/target/migration-kg.jar") + " " + command + " --help"), r.out());
            // nproc counts the processors this process may run on, as the JVM does
            boolean several = Runtime.getRuntime().availableProcessors() > 1;
            assertEquals(several, r.out().contains("-XX:+UseParallelGC"), command + ": " + r.out());
        }
    }

    @Test
    void theServerAndOtherCommandsKeepTheirCollector() throws Exception {
        Result serve = javaArguments(Map.of("KG_AOT", "0"), "serve", "--port", "3999");
        assertTrue(serve.out().startsWith("-XX:+UseSerialGC -Xms32m -Xmx1g "), serve.out());
        assertTrue(!serve.out().contains("UseParallelGC") && !serve.out().contains("TransparentHugePages"), serve.out());
        Result query = javaArguments(Map.of(), "query", "--help");
        assertTrue(!query.out().contains("UseParallelGC") && !query.out().contains("TransparentHugePages"), query.out());
    }

    @Test
    void batchOptionsGiveWayToTheUsersChoice() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("KG_BATCH_JAVA_OPTS", "-Xmx2g");
        Result replaced = javaArguments(env, "build");
        assertTrue(replaced.out().startsWith("-Xmx2g -jar "), replaced.out());
        env.put("KG_BATCH_JAVA_OPTS", "");
        Result none = javaArguments(env, "build");
        assertTrue(none.out().startsWith("-jar "), none.out());
        Result g1 = javaArguments(Map.of("KG_JAVA_OPTS", "-Xmx3g -XX:+UseG1GC"), "build");
        assertTrue(g1.out().startsWith("-Xmx3g -XX:+UseG1GC -jar "), g1.out());
    }
}
