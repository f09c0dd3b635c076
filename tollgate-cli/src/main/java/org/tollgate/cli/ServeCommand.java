package org.tollgate.cli;

import java.util.concurrent.Callable;
import org.tollgate.app.TollgateApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tollgate serve}: runs the Tollgate service until it is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the Tollgate service (REST API, console, actuator).",
            "Without TOLLGATE_DB_URL it starts an embedded PostgreSQL on TOLLGATE_DATA_DIR"
                    + " (default ~/.tollgate/pgdata), kept across restarts."
        })
final class ServeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: $TOLLGATE_PORT, else 8080)")
    Integer port;

    @Override
    public Integer call() throws Exception {
        if (port != null && (port < 1 || port > 65535)) {
            spec.commandLine().getErr().println("tollgate: --port must be between 1 and 65535");
            return TollgateCommand.EXIT_USAGE;
        }
        try {
            TollgateApplication.serveUntilStopped(port == null ? 0 : port);
            return 0;
        } catch (RuntimeException e) {
            // Spring Boot has already logged why the service could not start
            return TollgateCommand.EXIT_FAILURE;
        }
    }
}
