package dev.kei.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database named by a URL. */
public final class UrlTarget implements Target {
    private final DatabaseUrl url;

    public UrlTarget(DatabaseUrl url) {
        this.url = url;
    }

    @Override
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        if (url.kind() == DatabaseUrl.Kind.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA busy_timeout = 30000");
            }
        }
        return c;
    }

    @Override
    public DatabaseUrl.Kind kind() {
        return url.kind();
    }

    @Override
    public String shown() {
        return url.shown();
    }

    @Override
    public String scrub(String text) {
        return url.scrub(text);
    }

    @Override
    public void close() {}
}
