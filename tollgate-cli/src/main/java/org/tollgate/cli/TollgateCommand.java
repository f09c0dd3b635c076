package org.tollgate.cli;

import org.tollgate.cli.bench.BenchCommand;
import org.tollgate.cli.screen.ScreenCommand;
import org.tollgate.lists.parse.ListFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tollgate} command. Exit codes: 0 success, 1 the work ran but found a failure it reports (a list
 * that failed validation, a broken audit chain), 2 bad usage, 3 input that cannot be read at all.
 */
@Command(
        name = "tollgate",
        mixinStandardHelpOptions = true,
        versionProvider = TollgateCommand.Version.class,
        description = "Tollgate: KYC and restricted-party screening for cloud providers.",
        subcommands = {
            ListsCommand.class,
            ScreenCommand.class,
            org.tollgate.cli.rescreen.RescreenCommand.class,
            BenchCommand.class,
            GeoCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            AdminCommand.class,
            AuditCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the command ran and reports a failure (e.g. a list failed validation)",
            "2:bad usage (unknown option, malformed FORMAT=PATH)",
            "3:input could not be read at all"
        })
public final class TollgateCommand implements Runnable {
    /** Exit code: the command ran and reports a failure. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code: bad usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: input could not be read. */
    public static final int EXIT_INPUT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with Tollgate's exit-code conventions. */
    public static CommandLine commandLine() {
        System.setProperty("tollgate.formats", ListFormat.codes());
        CommandLine cl = new CommandLine(new TollgateCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INPUT);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("tollgate: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return EXIT_USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TollgateCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tollgate " + (v == null ? "development build" : v)};
        }
    }
}
