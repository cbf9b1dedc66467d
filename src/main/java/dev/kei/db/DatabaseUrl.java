package dev.kei.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
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
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw portOutOfRange();
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (passwordOutsideItsPlace(path)) {
            throw misplacedPassword();
        }
        if (path.contains("@")) { // postgres:///user:password@host/db would show them as the database's name
            throw new InvalidUrlException("the PostgreSQL URL's database part holds an '@' (user and password go"
                    + " before the host: postgres://user:password@host/db; a database name writes it as %40)");
        }
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
        if (user != null && passwordOutsideItsPlace(user)) {
            throw misplacedPassword();
        }
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
        if (passwordOutsideItsPlace(base) || (user != null && passwordOutsideItsPlace(user))) {
            throw misplacedPassword();
        }
        checkJdbcHosts(base.substring("jdbc:postgresql:".length()));
        String shown =
                "postgresql:" + base.substring("jdbc:postgresql:".length()) + (user != null ? " as " + user : "");
        return new DatabaseUrl(Database.POSTGRESQL, base, props, shown, password, null);
    }

    /** The host list of {@code //host[:port][,host[:port]...]/database}: each port a number the network allows. */
    private static void checkJdbcHosts(String rest) throws InvalidUrlException {
        if (!rest.startsWith("//")) {
            return; // jdbc:postgresql:database, on localhost
        }
        int slash = rest.indexOf('/', 2);
        String hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
        for (String host : hosts.split(",", -1)) {
            String port = null;
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                if (close < 0) {
                    throw new InvalidUrlException("the PostgreSQL URL's host cannot be read (an IPv6 address needs"
                            + " its closing bracket: [::1]:5432)");
                }
                if (close + 1 < host.length()) {
                    if (host.charAt(close + 1) != ':') {
                        throw new InvalidUrlException("the PostgreSQL URL's host cannot be read");
                    }
                    port = host.substring(close + 2);
                }
            } else if (host.indexOf(':') >= 0) {
                port = host.substring(host.indexOf(':') + 1);
            }
            if (port != null && !validPort(port)) {
                throw portOutOfRange();
            }
        }
    }

    private static boolean validPort(String port) {
        if (!port.matches("[0-9]{1,5}")) {
            return false;
        }
        int n = Integer.parseInt(port);
        return n >= 1 && n <= 65535;
    }

    /** A {@code password=} in a part that is shown (a typo such as {@code /db&password=...}) would print it. */
    private static boolean passwordOutsideItsPlace(String shownPart) {
        return shownPart.toLowerCase(Locale.ROOT).contains("password=");
    }

    private static InvalidUrlException misplacedPassword() {
        return new InvalidUrlException("the URL has a password parameter in its user, host or database part (parameters"
                + " follow a '?': ...?user=...&password=...)");
    }

    private static InvalidUrlException portOutOfRange() {
        return new InvalidUrlException("the PostgreSQL URL's port must be a number from 1 to 65535");
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

    private static String decode(String s) throws InvalidUrlException {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // its message quotes the text around the '%': never shown
            throw new InvalidUrlException("the URL has a '%' that is not followed by two hexadecimal digits (write a"
                    + " percent sign in the user, password, database or a parameter as %25)");
        }
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

    /**
     * {@code text} with the password replaced by {@code mask} wherever it stands alone (not inside a longer word or
     * number); a password under four characters is left, since masking it would mangle ordinary words.
     */
    public String scrubAlone(String text, String mask) {
        if (text == null || password == null || password.length() < 4) {
            return text;
        }
        java.util.regex.Pattern alone = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(password) + "(?![\\p{L}\\p{N}])");
        return alone.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(mask));
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
