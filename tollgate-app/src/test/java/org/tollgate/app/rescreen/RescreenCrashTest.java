package org.tollgate.app.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.database.EmbeddedDatabase;
import org.tollgate.app.support.TestDatabase;
import org.tollgate.lists.testdata.TestData;

/**
 * A full re-screen survives a crash: the service runs in a child JVM on a database of its own, is killed
 * ({@code destroyForcibly}) in the middle of the run, and a second one finishes it. Every customer must then have
 * been screened exactly once in the run: one progress row each (a second would violate its primary key and be
 * counted as an error), no error, the one alert once.
 */
class RescreenCrashTest {
    private static final int CUSTOMERS = 240;
    private static EmbeddedDatabase db;
    private static Path dir;

    @BeforeAll
    static void database() throws IOException {
        dir = Files.createTempDirectory("tollgate-rescreen-crash");
        db = EmbeddedDatabase.start(dir.resolve("pg"), TestDatabase.binaries());
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private Process start(String name) throws IOException {
        Path data = TestData.dir();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                TollgateApplication.class.getName(),
                "--tollgate.db.url=" + db.jdbcUrl(),
                "--tollgate.db.user=postgres",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--tollgate.lists.store=" + dir.resolve("snapshots"),
                "--tollgate.lists.local=un-xml=" + data.resolve("format_excerpts_deriv/sample_unsc.xml"),
                "--tollgate.rescreen.batch-size=8",
                "--tollgate.rescreen.pause=PT0.2S",
                "--tollgate.rescreen.poll=PT0.5S",
                "--tollgate.webhooks.dispatch=false"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve(name + ".log").toFile());
        return pb.start();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return -1; // the schema is not there yet
            }
            throw e;
        }
    }

    private void await(String what, String sql, long atLeast, Duration timeout, Process p, String log)
            throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (count(sql) < atLeast) {
            if (!p.isAlive()) {
                throw new AssertionError(what + ": the service ended; its log:\n" + tail(log));
            }
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": timed out; the service's log:\n" + tail(log));
            }
            Thread.sleep(100);
        }
    }

    private String tail(String log) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(log + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private void customers(UUID planted) throws SQLException {
        UUID tenant = UUID.randomUUID();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO tenant (id, parent_id, kind, name, created_at)"
                    + " VALUES (?, NULL, 'provider', 'Crash Test Provider', now())")) {
                t.setObject(1, tenant);
                t.executeUpdate();
            }
            try (PreparedStatement cu = c.prepareStatement(
                            "INSERT INTO customer (id, tenant_id, type, current_version,"
                                    + " created_at, created_by, updated_at) VALUES (?, ?, 'individual', 1, now(), 'test', now())");
                    PreparedStatement v = c.prepareStatement("INSERT INTO customer_version (customer_id, version,"
                            + " tenant_id, data, derived, screened_hash, created_at, created_by) VALUES (?, 1, ?,"
                            + " CAST(? AS jsonb), CAST(? AS jsonb), 'x', now(), 'test')")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    UUID id = i == 0 ? planted : UUID.randomUUID();
                    String name = i == 0 ? "Fazl Mohammad Mazloom" : "Customer Number " + i + " Kowalczyk";
                    cu.setObject(1, id);
                    cu.setObject(2, tenant);
                    cu.addBatch();
                    v.setObject(1, id);
                    v.setObject(2, tenant);
                    v.setString(3, "{\"type\":\"individual\",\"name\":\"" + name + "\"}");
                    v.setString(
                            4,
                            "{\"foreign\":{\"status\":\"foreign\",\"evidence\":[]},\"owners\":[],"
                                    + "\"verification_required\":true}");
                    v.addBatch();
                }
                cu.executeBatch();
                v.executeBatch();
            }
            c.commit();
        }
    }

    @Test
    void aFullRescreenKilledHalfWayResumesWithoutDuplicatesOrGaps() throws Exception {
        TestData.dir();
        Duration up = Duration.ofMinutes(3);
        // 1. a first start creates the schema and records the screening settings
        Process first = start("first");
        try {
            await("schema", "SELECT count(*) FROM rescreen_settings", 1, up, first, "first");
        } finally {
            kill(first);
        }
        UUID planted = UUID.randomUUID();
        customers(planted);
        // 2. the threshold "changed" since the settings were recorded: the next start begins a full re-screen
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE rescreen_settings SET threshold = 0.5");
        }
        Process second = start("second");
        try {
            await("a third of the run", "SELECT count(*) FROM rescreen_progress", CUSTOMERS / 3, up, second, "second");
        } finally {
            kill(second);
        }
        long before = count("SELECT count(*) FROM rescreen_progress");
        assertThat(before).as("killed in the middle").isLessThan(CUSTOMERS);
        assertThat(count("SELECT count(*) FROM rescreen_run WHERE kind = 'full' AND status = 'running'"))
                .isEqualTo(1);
        // 3. a restart continues the run
        Process third = start("third");
        try {
            await(
                    "the run completed",
                    "SELECT count(*) FROM rescreen_run WHERE kind = 'full' AND status = 'completed'",
                    1,
                    up,
                    third,
                    "third");
        } finally {
            kill(third);
        }
        assertThat(count("SELECT count(*) FROM rescreen_run WHERE kind = 'full'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rescreen_progress")).isEqualTo(CUSTOMERS);
        assertThat(count("SELECT count(DISTINCT customer_id) FROM rescreen_progress"))
                .isEqualTo(CUSTOMERS);
        assertThat(count("SELECT screened FROM rescreen_run WHERE kind = 'full'"))
                .isEqualTo(CUSTOMERS);
        assertThat(count("SELECT total FROM rescreen_run WHERE kind = 'full'")).isEqualTo(CUSTOMERS);
        assertThat(count("SELECT error_count FROM rescreen_run WHERE kind = 'full'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM rescreen_run WHERE kind = 'full' AND trigger = 'threshold_changed'"))
                .isEqualTo(1);
        // the one customer with a hit has its screening stored once by the run (clean ones only a progress row)
        assertThat(count("SELECT count(*) FROM screening_result WHERE screened_by = 'system:rescreen'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM screening_result WHERE screened_by = 'system:rescreen'"
                        + " AND customer_id = '" + planted + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM alert WHERE customer_id = '" + planted + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM alert")).isEqualTo(1);
        assertThat(count("SELECT new_alerts FROM rescreen_run WHERE kind = 'full'"))
                .isEqualTo(1);
        // sealed into the chain or still pending (the last process may have stopped before its sequencer ran)
        assertThat(count("SELECT (SELECT count(*) FROM audit_event WHERE action = 'rescreen.completed')"
                        + " + (SELECT count(*) FROM audit_pending WHERE action = 'rescreen.completed')"))
                .isEqualTo(1);
    }
}
