package dev.kei.dbschema;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway database to verify generated SQL on: an embedded PostgreSQL, or a SQLite file, in a temporary
 * folder that is deleted on close. Nothing else is touched, and no URL is involved.
 */
final class ScratchDatabase implements AutoCloseable {
    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final Connection connection;
    private final boolean sqlite;

    private ScratchDatabase(Path dir, EmbeddedPostgres postgres, Connection connection, boolean sqlite) {
        this.dir = dir;
        this.postgres = postgres;
        this.connection = connection;
        this.sqlite = sqlite;
    }

    static ScratchDatabase postgres() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("kei-verify-pg");
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setCleanDataDirectory(true)
                .start();
        return new ScratchDatabase(dir, pg, pg.getPostgresDatabase().getConnection(), false);
    }

    static ScratchDatabase sqlite() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("kei-verify-sqlite");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("verify.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
        }
        return new ScratchDatabase(dir, null, c, true);
    }

    /** Runs a whole script; both drivers take several statements in one call. */
    void run(String script) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (sqlite) {
                s.executeUpdate(script);
            } else {
                s.execute(script);
            }
        }
    }

    /** The tables left in the database (user tables only). */
    List<String> tables() throws SQLException {
        String sql = sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename";
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a throwaway connection cannot lose anything
        }
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
