package dev.kei.migrate;

import dev.kei.db.Database;
import dev.kei.db.DatabaseUrl;
import dev.kei.io.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database that exists only for one verification and is gone when closed: an embedded PostgreSQL in a temporary
 * folder, or a SQLite file in one. Nothing the user has is touched.
 */
final class Throwaway implements Target {
    private final Target db;
    private final Path scratch;

    private Throwaway(Target db, Path scratch) {
        this.db = db;
        this.scratch = scratch;
    }

    /** A throwaway {@code database}; one kei-migrate cannot run (MySQL) is refused by the caller first. */
    static Throwaway of(Database database) throws IOException, MigrateException {
        if (database.runtime().isEmpty()) {
            throw new IllegalArgumentException("kei-migrate does not run " + database.label());
        }
        if (!database.isOneFile()) {
            return new Throwaway(EmbeddedTarget.throwaway(), null);
        }
        Path scratch = Files.createTempDirectory("kei-verify");
        try {
            return new Throwaway(new UrlTarget(DatabaseUrl.parse("sqlite:" + scratch.resolve("verify.db"))), scratch);
        } catch (DatabaseUrl.InvalidUrlException e) {
            Folders.deleteTree(scratch);
            throw new IllegalStateException("a temporary folder's path is no SQLite URL: " + e.getMessage(), e);
        }
    }

    @Override
    public Connection connect() throws SQLException {
        return db.connect();
    }

    @Override
    public Database database() {
        return db.database();
    }

    @Override
    public Optional<Path> file() {
        return db.file();
    }

    @Override
    public String shown() {
        return db.shown();
    }

    @Override
    public void close() throws Exception {
        try {
            db.close();
        } finally {
            if (scratch != null) {
                Folders.deleteTree(scratch);
            }
        }
    }
}
