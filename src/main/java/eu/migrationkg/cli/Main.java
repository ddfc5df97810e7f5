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
        // A fatal error on any thread (a request's, the watcher's) is one line saying what to do, then the exit.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> fatal(args, e));
        try {
            System.exit(commandLine().execute(args));
        } catch (OutOfMemoryError | StackOverflowError e) {
            fatal(args, e);
        }
    }

    /** Prints one line for a fatal error, naming the remedy, and ends the process. */
    static void fatal(String[] args, Throwable e) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "";
        System.err.println("kg" + (command.isEmpty() ? "" : " " + command) + ": " + fatalMessage(command, e));
        System.err.flush();
        Runtime.getRuntime().halt(e instanceof OutOfMemoryError ? 4 : 2);
    }

    static String fatalMessage(String command, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() >> 20;
            String variable = command.equals("serve") ? "KG_SERVE_JAVA_OPTS" : "KG_JAVA_OPTS";
            return "out of memory (" + e.getMessage() + ", heap limit " + mb + " MB); give it more, e.g. "
                    + variable + "='-Xmx" + Math.max(1024, Long.highestOneBit(Math.max(mb, 1)) * 4) + "m' ./kg " + command
                    + " (docs/RELEASES.md lists the heap each corpus size needs)";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow; run again with KG_JAVA_OPTS='-Xss16m' and report the input that caused it";
        }
        return describe(e);
    }

    /** The command line with its error handling: a failure is one readable line, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("kg " + line.getCommandName() + ": " + fatalMessage(line.getCommandName(), ex));
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
