package org.tollgate.cli.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tollgate bench}: the screening benchmarks. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmarks on the real lists: screening accuracy (recall and alert rate) and speed, re-screening.",
        subcommands = {AccuracyBenchCommand.class, SpeedBenchCommand.class, RescreenBenchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
