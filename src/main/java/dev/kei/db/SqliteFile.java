package dev.kei.db;

import dev.kei.db.DatabaseUrl.InvalidUrlException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The file a {@code sqlite:PATH} URL opens, read as sqlite-jdbc reads PATH: a plain path loses its {@code ?pragma=...}
 * query; a {@code file:} URI ({@code file:app.db}, {@code file:///abs/app.db?mode=rw}) is percent-decoded without
 * its query. A database in memory ({@code :memory:}, {@code file::memory:}, {@code ?mode=memory}, an empty
 * {@code file:}) is refused: its migration history would be lost when kei-migrate exits.
 */
final class SqliteFile {
    private SqliteFile() {}

    static Path of(String path) throws InvalidUrlException {
        String name;
        String query;
        if (path.startsWith("file:")) {
            String rest = path.substring("file:".length());
            int end = firstOf(rest, "?#");
            query = end < 0 || rest.charAt(end) == '#' ? "" : rest.substring(end + 1);
            name = end < 0 ? rest : rest.substring(0, end);
            if (name.startsWith("//")) {
                int slash = name.indexOf('/', 2);
                String authority = slash < 0 ? name.substring(2) : name.substring(2, slash);
                if (!authority.isEmpty() && !authority.equals("localhost")) {
                    throw new InvalidUrlException("the SQLite file: URL names a host; use file:PATH or file:///PATH");
                }
                name = slash < 0 ? "" : name.substring(slash);
            }
            name = decode(name);
        } else {
            int end = path.indexOf('?');
            query = end < 0 ? "" : path.substring(end + 1);
            name = end < 0 ? path : path.substring(0, end);
        }
        if (name.isEmpty() || name.startsWith(":memory:") || inMemory(query)) {
            throw new InvalidUrlException("the SQLite URL names a database in memory, whose migration history would be"
                    + " lost when kei-migrate exits; name a file, e.g. sqlite:app.db");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new InvalidUrlException("the SQLite URL's file is not a valid path on this system");
        }
    }

    private static boolean inMemory(String query) {
        for (String pair : query.split("&")) {
            if (pair.equalsIgnoreCase("mode=memory")) {
                return true;
            }
        }
        return false;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** SQLite's own percent-decoding of a {@code file:} URI's path ({@code +} stays a plus). */
    private static String decode(String s) throws InvalidUrlException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                int hi = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
                int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
                if (lo < 0) {
                    throw new InvalidUrlException(
                            "the SQLite file: URL has a % that is not followed by two hex digits");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
