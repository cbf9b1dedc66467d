package dev.kei.change;

import java.util.regex.Pattern;

/**
 * The names db-change accepts for tables, columns, indexes and constraints: PostgreSQL's unquoted identifiers as
 * they fold, lower case, at most 63 bytes. Anything else is refused before it can reach SQL (where it is quoted
 * anyway), so a name means the same in the plan, the SQL and the catalogue.
 */
public final class Names {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Names() {}

    /** {@code name}, checked; {@code what} says what it names, for the message. */
    public static String check(String name, String what) throws ChangeException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ChangeException(what + " '" + Shown.cut(name) + "' is not a name kei writes: lower-case letters,"
                    + " digits and _, starting with a letter or _, at most 63 characters (e.g. order_items).");
        }
        return name;
    }

    /** {@code parts} joined by _, shortened deterministically past 63 bytes (PostgreSQL would silently truncate). */
    public static String joined(String... parts) {
        return dev.kei.sql.Identifiers.fit(String.join("_", parts));
    }

    /** For messages: at most 40 characters of what the user wrote. */
    static final class Shown {
        private Shown() {}

        static String cut(String s) {
            if (s == null) {
                return "";
            }
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
    }
}
