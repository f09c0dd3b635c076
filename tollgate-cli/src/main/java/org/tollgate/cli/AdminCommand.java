package org.tollgate.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.retention.PurgeReport;
import org.tollgate.app.retention.RetentionService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate admin}: installation tasks on the configured database. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Installation tasks on the configured database.",
        subcommands = {AdminCommand.BootstrapCommand.class, AdminCommand.PurgeCommand.class})
final class AdminCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code tollgate admin bootstrap}: the first provider tenant, admin user and API key. */
    @Command(
            name = "bootstrap",
            mixinStandardHelpOptions = true,
            description = {
                "On an empty database: create the provider tenant, its admin user and an admin API key.",
                "Prints the API key (and a generated password) once; only hashes are stored."
            })
    static final class BootstrapCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--provider",
                paramLabel = "NAME",
                description = "provider tenant name (default: ${DEFAULT-VALUE})")
        String provider = "Provider";

        @Option(names = "--admin", paramLabel = "USERNAME", description = "admin username (default: ${DEFAULT-VALUE})")
        String admin = "admin";

        @Option(
                names = "--password-stdin",
                description = "read the admin password from the first line of standard input (else one is generated)")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            String password = null;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (password == null || password.length() < 12) {
                    spec.commandLine().getErr().println("tollgate: the password must have at least 12 characters");
                    return TollgateCommand.EXIT_USAGE;
                }
            }
            try (ConfigurableApplicationContext ctx = TollgateApplication.offline()) {
                Bootstrap.Result r = ctx.getBean(Bootstrap.class).run(provider, admin, password);
                var out = spec.commandLine().getOut();
                out.println("Provider tenant: " + r.provider().name() + " ("
                        + r.provider().id() + ")");
                out.println("Admin user:      " + r.username());
                if (password == null) {
                    out.println("Admin password:  " + r.password() + "   (shown once)");
                }
                out.println("Admin API key:   " + r.apiKey().key() + "   (shown once; store it now)");
                out.flush();
                return 0;
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("tollgate: " + e.getMessage());
                return TollgateCommand.EXIT_FAILURE;
            }
        }
    }

    /** {@code tollgate admin purge}: the retention purge, now. */
    @Command(
            name = "purge",
            mixinStandardHelpOptions = true,
            description = {
                "Delete the records whose retention period has run out (tollgate.retention.*) and record the purge",
                "in the audit chain. --dry-run counts what would be deleted and changes nothing."
            })
    static final class PurgeCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--dry-run", description = "count what would be deleted; delete nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = TollgateApplication.offline()) {
                PurgeReport r = ctx.getBean(RetentionService.class).purge("system:cli", dryRun);
                var out = spec.commandLine().getOut();
                out.println((dryRun ? "Dry run: would delete" : "Deleted") + " (as of " + r.at() + "):");
                r.deleted().forEach((recordClass, tables) -> {
                    out.printf("  %-19s before %s%n", recordClass, r.cutoffs().get(recordClass));
                    tables.forEach((table, n) -> out.printf("      %-18s %d%n", table, n));
                });
                out.println("Customers whose identity records " + (dryRun ? "would be" : "were") + " purged: "
                        + r.identityPurged().size());
                if (r.audited()) {
                    out.println("Recorded in the audit chain (retention.purged).");
                }
                out.flush();
                return 0;
            }
        }
    }
}
