package org.tollgate.cli;

import java.nio.file.Path;

/** Where Tollgate keeps its state by default: {@code $TOLLGATE_HOME}, else {@code ~/.tollgate}. */
final class TollgateHome {
    private TollgateHome() {}

    static Path dir() {
        String env = System.getenv("TOLLGATE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".tollgate");
    }

    /** The default snapshot store. */
    static Path snapshots() {
        return dir().resolve("snapshots");
    }
}
