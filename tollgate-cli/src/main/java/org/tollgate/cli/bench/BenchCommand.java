package org.tollgate.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tollgate bench}: the screening benchmarks. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Screening benchmarks on the real lists: accuracy (recall and alert rate) and speed.",
        subcommands = {AccuracyBenchCommand.class, SpeedBenchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
