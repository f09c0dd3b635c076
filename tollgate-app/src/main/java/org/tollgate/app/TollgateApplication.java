package org.tollgate.app;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The Tollgate service. {@link #serve} runs the web service; {@link #offline} starts only the database, schema and
 * services, for command-line tasks such as {@code tollgate admin bootstrap} and {@code tollgate audit verify}.
 */
@SpringBootApplication
public class TollgateApplication {

    public static void main(String[] args) {
        SpringApplication.run(TollgateApplication.class, args);
    }

    /**
     * Starts the web service.
     *
     * @param port the HTTP port, or 0 to take {@code TOLLGATE_PORT} (default 8080)
     */
    public static ConfigurableApplicationContext serve(int port) {
        SpringApplication app = new SpringApplication(TollgateApplication.class);
        // as a command-line property it outranks application.properties (and so TOLLGATE_PORT)
        return port > 0 ? app.run("--server.port=" + port) : app.run();
    }

    /**
     * Runs the web service until it is stopped (SIGTERM, Ctrl-C); returns after it has shut down.
     *
     * @param port the HTTP port, or 0 to take {@code TOLLGATE_PORT} (default 8080)
     */
    public static void serveUntilStopped(int port) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        try (ConfigurableApplicationContext context = serve(port)) {
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> stopped.countDown());
            stopped.await();
        }
    }

    /** Starts the application without the web server and quietly (for commands that print their own output). */
    public static ConfigurableApplicationContext offline() {
        SpringApplication app = new SpringApplication(TollgateApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        // command-line tasks screen nobody: no list index to build, no re-screening or webhook delivery to run
        app.setDefaultProperties(Map.of(
                "logging.level.root",
                "WARN",
                "logging.level.org.tollgate",
                "WARN",
                "tollgate.lists.load",
                "false",
                "tollgate.rescreen.worker",
                "false",
                "tollgate.webhooks.dispatch",
                "false"));
        return app.run();
    }
}
