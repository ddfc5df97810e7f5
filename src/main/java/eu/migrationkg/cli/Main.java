package eu.migrationkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "kg", mixinStandardHelpOptions = true, version = "migration-kg 0.1.0",
        description = "The knowledge graph of EU migration policy: build it, serve it, test it.",
        subcommands = {ServeCommand.class, BuildCommand.class, QueryCommand.class, ValidateCommand.class,
                ExplainCommand.class,
                TestCommand.class, BenchCommand.class,
                ClusterCommand.class, AddCommand.class})
public final class Main implements Runnable {

    /**
     * Lucene (under the text index) advises on the console that the incubating Vector API would make
     * it faster; our index is small and in memory, so the advice is only noise. Held here because
     * java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_ADVICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_ADVICE.setLevel(java.util.logging.Level.SEVERE);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a failure is one readable line, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("kg " + line.getCommandName() + ": " + describe(ex));
            if (Boolean.getBoolean("kg.debug")) ex.printStackTrace(line.getErr());
            return 2;
        });
        return cl;
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : msg;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
