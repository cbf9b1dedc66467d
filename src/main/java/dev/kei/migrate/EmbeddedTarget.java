package dev.kei.migrate;

import dev.kei.db.Database;
import dev.kei.io.Folders;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL, so a fresh machine needs nothing else: persistent under {@code .kei/postgres} when no
 * URL is given (one kei-migrate process at a time holds it, through a file lock), or a throwaway one in a
 * temporary folder for {@code verify}.
 */
public final class EmbeddedTarget implements Target {
    private final EmbeddedPostgres postgres;
    private final Path throwaway;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String shown;

    private EmbeddedTarget(
            EmbeddedPostgres postgres, Path throwaway, FileChannel lockChannel, FileLock lock, String shown) {
        this.postgres = postgres;
        this.throwaway = throwaway;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.shown = shown;
    }

    /**
     * The persistent embedded server whose data lives in {@code dataDir} (created on first use); a server a killed
     * run left on it is stopped first, saying so on {@code notes}.
     */
    public static EmbeddedTarget persistent(Path dataDir, PrintStream notes) throws IOException, MigrateException {
        Files.createDirectories(dataDir.getParent());
        FileChannel channel = FileChannel.open(
                dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock(); // the server's files belong to one process at a time
        try {
            Path binaries = PostgresBinaries.prepare(PostgresBinaries.folder());
            OrphanedServer.stopIfAny(dataDir, binaries, notes);
            EmbeddedPostgres pg = startOwn(binaries, dataDir, false);
            return new EmbeddedTarget(pg, null, channel, lock, "embedded PostgreSQL in " + dataDir);
        } catch (IOException | MigrateException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** A throwaway server in a temporary folder, deleted on close. */
    public static EmbeddedTarget throwaway() throws IOException, MigrateException {
        Path dir = Files.createTempDirectory("kei-verify");
        EmbeddedPostgres pg;
        try {
            pg = startOwn(PostgresBinaries.prepare(PostgresBinaries.folder()), dir.resolve("data"), true);
        } catch (IOException | MigrateException | RuntimeException e) {
            Folders.deleteTree(dir); // a server that failed to start may have left its data folder
            throw e;
        }
        return new EmbeddedTarget(pg, dir, null, null, "a throwaway embedded PostgreSQL");
    }

    /**
     * Starts the server of {@code dataDir} and makes sure connections reach it. The library picks a free port by
     * closing a probe socket; a server another process starts in that instant can take the port on one address
     * family (PostgreSQL starts when it can listen on any), and "localhost" then reaches the other server. A
     * verification on someone else's database would be worse than none: ask the server for its data folder, and
     * start again on a new port when it is not ours.
     */
    private static EmbeddedPostgres startOwn(Path binaries, Path dataDir, boolean clean)
            throws IOException, MigrateException {
        Path expected = dataDir.toAbsolutePath().normalize();
        for (int attempt = 1; ; attempt++) {
            EmbeddedPostgres pg = PostgresBinaries.start(
                    binaries, b -> b.setDataDirectory(dataDir).setCleanDataDirectory(clean));
            String served;
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('data_directory')")) {
                rs.next();
                served = rs.getString(1);
            } catch (SQLException e) {
                served = null;
            }
            if (served != null && Path.of(served).toRealPath().equals(expected.toRealPath())) {
                return pg;
            }
            pg.close();
            if (attempt == 3) {
                throw MigrateException.failure(
                        "The embedded PostgreSQL started on " + dataDir + " but its port answers for another"
                                + " server, three times.",
                        "Another program keeps taking the ports it picks; stop it or pass --database-url.");
            }
        }
    }

    @Override
    public Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    public String shown() {
        return shown;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
            if (throwaway != null) {
                Folders.deleteTree(throwaway);
            }
        }
    }
}
