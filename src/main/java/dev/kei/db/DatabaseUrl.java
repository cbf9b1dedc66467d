package dev.kei.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A database URL in the forms people keep in {@code DATABASE_URL} (contracts section 1): {@code postgres://} and
 * {@code postgresql://} (user, password, host, port, database, query parameters), {@code jdbc:postgresql:},
 * {@code sqlite:PATH} and {@code jdbc:sqlite:PATH}. The password is kept apart from everything printable:
 * {@link #toString()} and {@link #shown()} never contain it, and error messages never echo the URL.
 */
public final class DatabaseUrl {
    private final Database database;
    private final String jdbcUrl;
    private final Properties properties;
    private final String shown;
    private final String password;

    private final Path file;

    private DatabaseUrl(
            Database database, String jdbcUrl, Properties properties, String shown, String password, Path file) {
        this.database = database;
        this.file = file;
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.shown = shown;
        this.password = password;
    }

    /** Parses {@code url}; the exception's message says what is wrong without repeating the URL. */
    public static DatabaseUrl parse(String url) throws InvalidUrlException {
        String u = url.strip();
        if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
            return fromUri(u);
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return fromJdbc(u);
        }
        if (u.startsWith("sqlite:") || u.startsWith("jdbc:sqlite:")) {
            String path = u.substring(u.startsWith("sqlite:") ? 7 : 12);
            if (path.startsWith("//")) {
                path = path.substring(2);
            }
            if (path.isBlank()) {
                throw new InvalidUrlException("the SQLite URL names no file (use sqlite:PATH, e.g. sqlite:app.db)");
            }
            Path file = SqliteFile.of(path);
            return new DatabaseUrl(
                    Database.SQLITE, "jdbc:sqlite:" + path, new Properties(), "sqlite:" + path, null, file);
        }
        int colon = u.indexOf(':');
        String scheme = colon > 0 && colon < 20 ? u.substring(0, colon) : "none";
        throw new InvalidUrlException("kei-migrate does not read '" + (scheme.matches("[A-Za-z0-9+.-]+") ? scheme : "?")
                + "' URLs; use postgres://, postgresql://, jdbc:postgresql:, sqlite:PATH or jdbc:sqlite:PATH");
    }

    private static DatabaseUrl fromUri(String u) throws InvalidUrlException {
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("the PostgreSQL URL is malformed near character " + e.getIndex()
                    + " (a password with special characters must be percent-encoded)");
        }
        if (uri.getHost() == null
                && uri.getRawAuthority() != null
                && !uri.getRawAuthority().isEmpty()) {
            throw new InvalidUrlException("the PostgreSQL URL's host or port cannot be read (the port must be a number;"
                    + " special characters in the password must be percent-encoded)");
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = path.startsWith("/") ? decode(path.substring(1)) : decode(path);
        Properties props = new Properties();
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            props.setProperty("user", user);
            if (parts.length == 2) {
                password = decode(parts[1]);
                props.setProperty("password", password);
            }
        }
        for (Map.Entry<String, String> p : query(uri.getRawQuery()).entrySet()) {
            if (p.getKey().equals("password")) {
                password = p.getValue();
                props.setProperty("password", password);
            } else if (p.getKey().equals("user")) {
                user = p.getValue();
                props.setProperty("user", user);
            } else {
                props.setProperty(p.getKey(), p.getValue());
            }
        }
        String jdbc =
                "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
        String shown = "postgresql://" + (user != null ? user + "@" : "") + host + ":" + port + "/" + database;
        return new DatabaseUrl(Database.POSTGRESQL, jdbc, props, shown, password, null);
    }

    private static DatabaseUrl fromJdbc(String u) throws InvalidUrlException {
        int q = u.indexOf('?');
        String base = q < 0 ? u : u.substring(0, q);
        Properties props = new Properties();
        String password = null;
        String user = null;
        for (Map.Entry<String, String> p :
                query(q < 0 ? null : u.substring(q + 1)).entrySet()) {
            props.setProperty(p.getKey(), p.getValue());
            if (p.getKey().equals("password")) {
                password = p.getValue();
            } else if (p.getKey().equals("user")) {
                user = p.getValue();
            }
        }
        if (base.contains("@")) {
            throw new InvalidUrlException("a jdbc:postgresql: URL takes user and password as parameters"
                    + " (?user=...&password=...), not before the host");
        }
        String shown =
                "postgresql:" + base.substring("jdbc:postgresql:".length()) + (user != null ? " as " + user : "");
        return new DatabaseUrl(Database.POSTGRESQL, base, props, shown, password, null);
    }

    private static Map<String, String> query(String raw) throws InvalidUrlException {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv[0].isEmpty()) {
                throw new InvalidUrlException("the URL has a query parameter without a name");
            }
            out.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The database the URL names. */
    public Database database() {
        return database;
    }

    /** The database file, for a database that is one (SQLite). */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The JDBC URL, without user or password (they travel in {@link #properties()}). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** What messages may show: scheme, user, host, port and database; never the password. */
    public String shown() {
        return shown;
    }

    /** Removes the password from a text that might quote it (a driver's message), whatever it says. */
    public String scrub(String text) {
        if (text == null || password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, "***");
    }

    @Override
    public String toString() {
        return shown;
    }

    /** A URL kei-migrate cannot use; the message never repeats the URL. */
    public static final class InvalidUrlException extends Exception {
        public InvalidUrlException(String message) {
            super(message);
        }
    }
}
