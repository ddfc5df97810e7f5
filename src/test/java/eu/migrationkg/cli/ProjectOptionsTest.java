package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the shared mixin gives every command: its output streams and the command line as typed. */
class ProjectOptionsTest {

    @Command(name = "kg")
    static final class Root {}

    /** Prints the command as typed; "to err" on its error output. */
    @Command
    static final class Echo implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Option(names = "--seconds") int seconds;

        @Override
        public Integer call() {
            project.out().print(project.asTyped());
            project.err().print("to err");
            return 0;
        }
    }

    private static String[] run(String... args) {
        CommandLine cl = new CommandLine(new Root())
                .addSubcommand("bench", new CommandLine(new Echo()).addSubcommand("cluster", new Echo()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(args));
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void theCommandAsTypedNamesTheSubcommandOnceThenItsArguments() {
        assertEquals("./kg bench cluster --seconds 5", run("bench", "cluster", "--seconds", "5")[0]);
        assertEquals("to err", run("bench", "cluster")[1]);
        assertEquals("to err", run("bench")[1]);
        assertEquals("./kg bench --seconds 3", run("bench", "--seconds", "3")[0]);
        // As before: with no argument the line ends in a space after the command's name.
        assertEquals("./kg bench ", run("bench")[0]);
    }
}
