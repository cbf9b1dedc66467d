package dev.kei.migrate;

import dev.kei.db.MigrationRuntime;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One migrating process at a time. On PostgreSQL a session-level advisory lock, taken with
 * {@code pg_try_advisory_lock} and polled with backoff: never a blocking wait, which would deadlock with a
 * {@code CREATE INDEX CONCURRENTLY} that waits for every open transaction. The lock is held by the very session the
 * migrations run on ({@link #connection()}): PostgreSQL finishes a statement whose client was killed before it
 * ends the session, so the lock is released only once the killed run's last statement has finished or rolled back,
 * and a re-run never runs beside it. On a database that is a file (SQLite), an OS file lock beside that file.
 */
public final class MigrationLock implements AutoCloseable {
    /** "kei-mig" as a number: the advisory lock key every kei-migrate process agrees on. */
    static final long KEY = 0x6b65692d6d6967L;

    private final Connection connection;
    private final FileChannel channel;
    private final FileLock fileLock;

    private MigrationLock(Connection connection, FileChannel channel, FileLock fileLock) {
        this.connection = connection;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Takes the lock, waiting up to {@code wait}; {@code waiting} hears once that another process holds it. */
    public static MigrationLock acquire(Target target, Duration wait, Runnable waiting)
            throws SQLException, IOException, MigrateException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 25;
        boolean told = false;
        if (target.runtime().lock() == MigrationRuntime.Lock.ADVISORY) {
            Connection c = target.connect();
            c.setAutoCommit(true);
            try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                p.setLong(1, KEY);
                while (true) {
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return new MigrationLock(c, null, null);
                        }
                    }
                    if (!told) {
                        waiting.run();
                        told = true;
                    }
                    pause = sleep(deadline, pause, c);
                }
            }
        }
        Path file = target.file().orElseThrow(() -> new IllegalStateException(target.shown() + " is no file"));
        FileChannel ch = FileChannel.open(lockFile(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        while (true) {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // another kei-migrate in this very JVM (tests) holds it
            }
            if (l != null) {
                try {
                    return new MigrationLock(target.connect(), ch, l);
                } catch (SQLException | RuntimeException e) {
                    l.release();
                    ch.close();
                    throw e;
                }
            }
            if (!told) {
                waiting.run();
                told = true;
            }
            try {
                pause = sleep(deadline, pause, null);
            } catch (MigrateException e) {
                ch.close();
                throw e;
            }
        }
    }

    /**
     * The lock file of a SQLite database: beside the file itself, whatever path or symbolic link the URL took to it,
     * so that every process migrating that file meets at one lock.
     */
    static Path lockFile(Path database) throws IOException {
        Path real = canonical(database);
        if (Files.isDirectory(real)) {
            throw new FileSystemException(database.toString(), null, "is a folder, not a database file");
        }
        return real.resolveSibling(real.getFileName() + ".kei-lock");
    }

    /** The real path of a file, or for one not created yet (maybe behind a dangling link), the one it will have. */
    private static Path canonical(Path file) throws IOException {
        Path p = file.toAbsolutePath();
        for (int links = 0; links < 40; links++) {
            if (Files.exists(p)) {
                return p.toRealPath();
            }
            if (!Files.isSymbolicLink(p)) {
                Path parent = p.getParent();
                return (Files.isDirectory(parent) ? parent.toRealPath() : parent.normalize()).resolve(p.getFileName());
            }
            p = p.resolveSibling(Files.readSymbolicLink(p));
        }
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
    }

    private static long sleep(long deadline, long pause, Connection toClose) throws MigrateException, SQLException {
        if (System.nanoTime() > deadline) {
            if (toClose != null) {
                toClose.close();
            }
            throw MigrateException.failure(
                    "Another kei-migrate held the migration lock for longer than --lock-wait.",
                    "Wait for it to finish (see kei-migrate status), or raise --lock-wait.");
        }
        try {
            Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrateException.failure(
                    "Interrupted while waiting for the migration lock.", "Run the command again.");
        }
        return Math.min(pause * 2, 1000);
    }

    /** The connection to migrate on, open while the lock is held; {@link #close()} closes it. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException, IOException {
        if (fileLock == null) {
            try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                p.setLong(1, KEY);
                p.execute();
            } finally {
                connection.close();
            }
        } else {
            try {
                connection.close();
            } finally {
                fileLock.release();
                channel.close();
            }
        }
    }
}
