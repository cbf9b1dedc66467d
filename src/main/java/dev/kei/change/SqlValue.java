package dev.kei.change;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column default or a backfill value as db-change accepts it: a literal (number, {@code 'string'} with
 * {@code ''} inside, true, false, null, optionally cast: {@code '{}'::jsonb}) or one of the functions PostgreSQL
 * evaluates without arguments. Nothing else reaches SQL. Whether it is volatile decides the recipe: a non-volatile
 * default is stored once (PostgreSQL 11+: no rewrite), a volatile one is evaluated per row.
 *
 * @param sql the value as SQL
 * @param isVolatile whether PostgreSQL evaluates it per row ({@code gen_random_uuid()}, {@code clock_timestamp()})
 */
public record SqlValue(String sql, boolean isVolatile) {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,30})?");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'(?:::(.+))?");
    /** The functions, by how they are written, and whether each is volatile. */
    private static final Map<String, Boolean> FUNCTIONS = Map.of(
            "now()", false,
            "current_timestamp", false,
            "current_date", false,
            "localtimestamp", false,
            "gen_random_uuid()", true,
            "clock_timestamp()", true,
            "random()", true);

    public static SqlValue parse(String written) throws ChangeException {
        String w = written == null ? "" : written.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (FUNCTIONS.containsKey(lower)) {
            return new SqlValue(lower, FUNCTIONS.get(lower));
        }
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return new SqlValue(lower, false);
        }
        if (NUMBER.matcher(w).matches()) {
            return new SqlValue(w, false);
        }
        Matcher s = STRING.matcher(w);
        if (s.matches() && !s.group(1).replace("''", "").contains("'")) {
            String literal = "'" + s.group(1) + "'";
            return new SqlValue(
                    s.group(2) == null
                            ? literal
                            : literal + "::" + SqlType.parse(s.group(2)).sql(),
                    false);
        }
        throw new ChangeException("'" + Names.Shown.cut(written) + "' is not a value kei writes: a number, a"
                + " 'quoted string' (with '' for a quote), true, false, null, a cast literal such as '{}'::jsonb, or one"
                + " of " + String.join(", ", new java.util.TreeSet<>(FUNCTIONS.keySet())) + ".");
    }

    @Override
    public String toString() {
        return sql;
    }
}
