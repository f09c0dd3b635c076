package org.tollgate.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tollgate.app.database.EmbeddedDatabase;

/**
 * One embedded PostgreSQL per test JVM, on a fresh temporary data directory, started on first use and stopped when
 * the JVM exits. Tests share it and keep apart by creating their own tenants.
 */
public final class TestDatabase {
    private static EmbeddedDatabase db;

    private TestDatabase() {}

    public static synchronized EmbeddedDatabase get() {
        if (db == null) {
            try {
                Path dir = Files.createTempDirectory("tollgate-test-pg");
                db = EmbeddedDatabase.start(dir.resolve("data"), binaries());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-postgres-stop"));
        }
        return db;
    }

    /** The shared binaries directory (unpacked once per machine, not per run). */
    public static Path binaries() {
        return Path.of(System.getProperty("java.io.tmpdir"), "tollgate-postgres");
    }

    public static String url() {
        return get().jdbcUrl();
    }
}
