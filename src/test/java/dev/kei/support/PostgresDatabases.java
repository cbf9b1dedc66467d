package dev.kei.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases one test (or one class) makes on the shared embedded PostgreSQL ({@link SharedPostgres}): each new
 * and empty, named uniquely for the JVM, and all dropped, with whatever sessions are left on them, when the test ends.
 */
public final class PostgresDatabases implements ExtensionContext.Store.CloseableResource {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final EmbeddedPostgres server;
    private final Set<String> made = new LinkedHashSet<>();

    PostgresDatabases(EmbeddedPostgres server) {
        this.server = server;
    }

    /** One database: its name and JDBC URL. */
    public record Database(String name, String url) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        /** The first column of every row {@code sql} returns, as text. */
        public java.util.List<String> strings(String sql) throws SQLException {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (Connection c = connect();
                    java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    /** A new, empty database. */
    public synchronized Database create() throws SQLException {
        String name = "db" + NAMES.incrementAndGet();
        admin("CREATE DATABASE " + name);
        made.add(name);
        return new Database(name, server.getJdbcUrl("postgres", name));
    }

    /** Drops {@code db} now, ending whatever session a killed process left on it. */
    public synchronized void drop(Database db) throws SQLException {
        if (made.remove(db.name())) {
            admin("DROP DATABASE " + db.name() + " WITH (FORCE)");
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        for (String name : made) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        made.clear();
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
