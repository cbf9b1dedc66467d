package dev.kei.migrate;

import dev.kei.db.Database;
import dev.kei.db.DatabaseUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** A database named by a URL. */
public final class UrlTarget implements Target {
    private final DatabaseUrl url;

    public UrlTarget(DatabaseUrl url) {
        this.url = url;
    }

    @Override
    public Connection connect() throws SQLException {
        return runtime().prepare(runtime().open(url.jdbcUrl(), url.properties()));
    }

    @Override
    public Database database() {
        return url.database();
    }

    @Override
    public Optional<Path> file() {
        return url.file();
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
