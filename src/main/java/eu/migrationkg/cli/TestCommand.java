package eu.migrationkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the whole test suite (mvn verify): unit tests, then integration tests against "
                + "a real server on a free port.", "Extra arguments are passed to Maven, e.g. -Dit.test=SparqlProtocolIT."})
final class TestCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "MAVEN_ARG", description = "Passed to Maven after 'verify'.")
    List<String> mavenArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "verify"));
        cmd.addAll(mavenArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.layout().root().toFile()).inheritIO();
        // Maven and its toolchain then use the JDK this command runs on, which is >= 21.
        pb.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        return pb.start().waitFor();
    }
}
