package org.tollgate.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.app.support.TestDatabase;

class EmbeddedDatabaseTest {

    private static void exec(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String setting(String url, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void commitsAreDurable(@TempDir Path dir) throws Exception {
        // the embedded server's own defaults are for throw-away test databases (fsync off): ours keeps evidence
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pgdata"), TestDatabase.binaries())) {
            assertThat(setting(db.jdbcUrl(), "fsync")).isEqualTo("on");
            assertThat(setting(db.jdbcUrl(), "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db.jdbcUrl(), "full_page_writes")).isEqualTo("on");
            assertThat(setting(db.jdbcUrl(), "checkpoint_timeout")).isEqualTo("15min");
            assertThat(setting(db.jdbcUrl(), "shared_buffers")).isEqualTo("256MB");
        }
    }

    @Test
    void dataSurvivesARestartAndASecondProcessAttaches(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, TestDatabase.binaries())) {
            exec(first.jdbcUrl(), "CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2), (3)");
            // a second start on the same directory attaches to the running server instead of starting another
            try (EmbeddedDatabase second = EmbeddedDatabase.start(data, TestDatabase.binaries())) {
                assertThat(second.port()).isEqualTo(first.port());
                assertThat(count(second.jdbcUrl(), "SELECT count(*) FROM kept")).isEqualTo(3);
            }
            // closing the attached one left the server running
            assertThat(count(first.jdbcUrl(), "SELECT count(*) FROM kept")).isEqualTo(3);
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(data, TestDatabase.binaries())) {
            assertThat(count(again.jdbcUrl(), "SELECT count(*) FROM kept")).isEqualTo(3);
        }
    }
}
