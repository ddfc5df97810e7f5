package eu.migrationkg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rerunnable benchmarks; docs/BENCHMARKS.md records their figures and the machine.",
        subcommands = {BenchExtractCommand.class})
final class BenchCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
