package org.tollgate.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is ({@code tollgate.db.*}; the environment variables {@code TOLLGATE_DB_URL},
 * {@code TOLLGATE_DB_USER}, {@code TOLLGATE_DB_PASSWORD} and {@code TOLLGATE_DATA_DIR} set them, see
 * application.properties).
 *
 * @param url JDBC URL of an external PostgreSQL; blank means: start the embedded one
 * @param user user for the external database
 * @param password password for the external database
 * @param dataDir data directory of the embedded PostgreSQL (kept across restarts)
 * @param binariesDir where the embedded PostgreSQL binaries are unpacked
 * @param poolSize maximum connections in the pool
 */
@ConfigurationProperties("tollgate.db")
public record DatabaseProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        Path dataDir,
        Path binariesDir,
        @DefaultValue("16") int poolSize) {

    /** True when no external database is configured. */
    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
