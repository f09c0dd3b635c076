package org.tollgate.cli;

import picocli.CommandLine.Command;

/** {@code tollgate lists}: read, inspect and compare official lists. */
@Command(
        name = "lists",
        mixinStandardHelpOptions = true,
        description = "Read, inspect and compare official restricted-party lists.",
        subcommands = {
            ListsInspectCommand.class,
            ListsDiffCommand.class,
            ListsUpdateCommand.class,
            ListsStatusCommand.class,
            ListsBenchCommand.class
        })
final class ListsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
