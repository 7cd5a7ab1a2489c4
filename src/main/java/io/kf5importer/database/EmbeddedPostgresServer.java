package io.kf5importer.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An embedded PostgreSQL whose data lives in {@code <home>/pgdata}, so that a later run finds the earlier progress.
 *
 * <p>The importer that holds {@code <home>/importer.lock} owns the server: it starts it and stops it on close. The
 * PostgreSQL process is a child that survives a {@code kill -9} of the JVM and keeps its data folder; the next owner
 * finds it through {@code postmaster.pid} and stops it before starting its own. A second importer on the same home
 * (for instance {@code status} during an import) does not own the lock and connects to the running server instead.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, int port) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.port = port;
    }

    /** Starts the server of this home, or joins the one another importer on this home is running. */
    public static EmbeddedPostgresServer startOrJoin(Path home) {
        try {
            Files.createDirectories(home);
            Path dataDirectory = home.resolve("pgdata");
            FileChannel lockChannel = FileChannel.open(home.resolve("importer.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockChannel);
            if (lock == null) {
                lockChannel.close();
                return join(home, dataDirectory);
            }
            stopOrphan(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky tunes PostgreSQL for throwaway test databases (-F: no fsync, no synchronous commit);
                    // the ledger must survive a power cut, so both go back on (a later -c wins over -F).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.getPort(), dataDirectory);
            return new EmbeddedPostgresServer(postgres, lockChannel, postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home
                    + ": " + e.getMessage() + ". Check that the folder is writable, or give --db-url", e);
        }
    }

    /** The JDBC URL of the {@code postgres} database as user {@code postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Whether this importer started the server (and so stops it on close). */
    public boolean isOwner() {
        return postgres != null;
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    private static EmbeddedPostgresServer join(Path home, Path dataDirectory) {
        PostmasterPid running = PostmasterPid.read(dataDirectory)
                .filter(PostmasterPid::isAlive)
                .orElseThrow(() -> new IllegalStateException("Another importer holds " + home.resolve("importer.lock")
                        + " but its database is not running yet. Wait a few seconds and run the command again (keep the"
                        + " same --home: another home has no record of what was imported here)"));
        log.info("Another importer is using {}: joining its PostgreSQL on port {}", home, running.port());
        return new EmbeddedPostgresServer(null, null, running.port());
    }

    private static void stopOrphan(Path dataDirectory) throws IOException {
        var orphan = PostmasterPid.read(dataDirectory).filter(PostmasterPid::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get().process().orElseThrow();
        log.warn("Found PostgreSQL (pid {}) left running in {} by an importer that was killed; stopping it",
                process.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown: its only clients died with the killed importer.
        process.destroy();
        if (!waitForExit(process, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop within {} s; killing it", process.pid(),
                    ORPHAN_STOP_WAIT.toSeconds());
            process.destroyForcibly();
            waitForExit(process, ORPHAN_STOP_WAIT);
        }
        Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
