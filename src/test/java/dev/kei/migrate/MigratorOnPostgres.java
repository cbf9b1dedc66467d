package dev.kei.migrate;

import dev.kei.db.DatabaseUrl;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the in-process tests of {@link Migrator} on PostgreSQL share: the JVM's shared embedded server, a fresh
 * database per test, a migrations folder, {@code up} with its progress captured, and rows read back as text.
 */
@PostgresTest
abstract class MigratorOnPostgres {
    PostgresDatabases databases;

    @TempDir
    Path dir;

    /** What {@code up} printed as progress. */
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    String url;

    @BeforeEach
    void databases(PostgresDatabases databases) {
        this.databases = databases;
    }

    void database() throws SQLException {
        url = databases.create().url();
    }

    int up() throws Exception {
        return up(Settings.defaults());
    }

    int up(Settings settings) throws Exception {
        PrintStream progress = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new Migrator(
                        new UrlTarget(DatabaseUrl.parse(url)),
                        dir,
                        settings,
                        new Progress(progress),
                        "kei-migrate",
                        progress)
                .up(UpOptions.all());
    }

    String progress() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void file(String name, String sql) throws Exception {
        Files.writeString(dir.resolve(name), sql);
    }

    /** Each row's columns joined with '|'. */
    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
