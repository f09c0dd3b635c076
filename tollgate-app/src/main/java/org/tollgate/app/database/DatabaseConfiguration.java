package org.tollgate.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connection pool, on the configured PostgreSQL or on the embedded one started here. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    /** The server behind the pool: external (nothing to start) or embedded (started now, stopped on close). */
    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties props) {
        if (!props.embedded()) {
            return new DatabaseServer(props.url(), props.user(), props.password(), null);
        }
        Path dataDir = props.dataDir() != null
                ? props.dataDir()
                : Path.of(System.getProperty("user.home"), ".tollgate", "pgdata");
        Path binaries = props.binariesDir() != null
                ? props.binariesDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "tollgate-postgres");
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, binaries);
        return new DatabaseServer(db.jdbcUrl(), db.user(), "", db);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseServer server, DatabaseProperties props) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tollgate");
        config.setJdbcUrl(server.url());
        if (!server.user().isBlank()) {
            config.setUsername(server.user());
        }
        if (!server.password().isBlank()) {
            config.setPassword(server.password());
        }
        config.setMaximumPoolSize(props.poolSize());
        return new HikariDataSource(config);
    }

    /** The database the pool connects to; owns the embedded server when there is one. */
    record DatabaseServer(String url, String user, String password, EmbeddedDatabase embedded)
            implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
