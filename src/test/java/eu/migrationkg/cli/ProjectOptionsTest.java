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

    @Command(name = "kg", subcommands = Bench.class)
    static final class Root {}

    @Command(name = "bench", subcommands = Leaf.class)
    static final class Bench implements Callable<Integer> {
        @Mixin ProjectOptions project;
        @Option(names = "--seconds") int seconds;

        @Override
        public Integer call() {
            project.out().print(project.asTyped());
            return 0;
        }
    }

    @Command(name = "cluster")
    static final class Leaf implements Callable<Integer> {
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
        CommandLine cl = new CommandLine(new Root());
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
        assertEquals("./kg bench --seconds 3", run("bench", "--seconds", "3")[0]);
        // As before: with no argument the line ends in a space after the command's name.
        assertEquals("./kg bench ", run("bench")[0]);
    }
}
