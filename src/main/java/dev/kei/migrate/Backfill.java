package dev.kei.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backfill (contracts section 11): {@code -- kei:backfill [batch N] [pause MS]} on the line before one
 * {@code UPDATE <table> [[AS] alias] SET ... [WHERE ...]} of one table, in a {@code -- kei:no-transaction} file.
 *
 * @param line the statement's line
 * @param table the table as written (resolved through {@code to_regclass} before it is used)
 * @param target the table and its alias as written, reused verbatim so the SET and WHERE expressions still resolve
 * @param ref what the SET and WHERE expressions call the table: its alias, else its name as written
 * @param set the SET list as written
 * @param where the WHERE condition as written, or null
 * @param batch rows per batch
 * @param pauseMs milliseconds to wait between batches
 */
record Backfill(int line, String table, String target, String ref, String set, String where, int batch, long pauseMs) {
    static final String MARKER = "-- kei:backfill";
    static final int DEFAULT_BATCH = 1000;
    private static final Pattern OPTIONS = Pattern.compile("(?:\\s+(batch|pause)\\s+(\\S+))*\\s*");
    private static final Pattern OPTION = Pattern.compile("\\s+(batch|pause)\\s+(\\S+)");

    /**
     * The backfills of {@code m} by statement line; refuses (exit 2, naming file and line) a marker with bad
     * values, one not followed by an UPDATE of one table, or one in a file that runs in a transaction.
     */
    static Map<Integer, Backfill> of(MigrationFile m) throws MigrateException {
        Map<Integer, Backfill> out = new LinkedHashMap<>();
        List<String> lines = m.upSql().lines().toList();
        String file = m.up().getFileName().toString();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.regionMatches(true, 0, MARKER, 0, MARKER.length())) {
                continue;
            }
            int markerLine = i + 1;
            String rest = text.substring(MARKER.length());
            int[] batch = {DEFAULT_BATCH};
            long[] pause = {0};
            if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))
                    || !OPTIONS.matcher(rest).matches()) {
                throw bad(file, markerLine, "has an option kei-migrate does not know: " + text);
            }
            Matcher o = OPTION.matcher(rest);
            while (o.find()) {
                long value = number(o.group(2));
                if (o.group(1).equals("batch")) {
                    if (value < 1 || value > 1_000_000) {
                        throw bad(file, markerLine, "has batch " + o.group(2) + "; a batch is 1 to 1000000 rows");
                    }
                    batch[0] = (int) value;
                } else {
                    if (value < 0 || value > 3_600_000) {
                        throw bad(file, markerLine, "has pause " + o.group(2) + "; a pause is 0 to 3600000 ms");
                    }
                    pause[0] = value;
                }
            }
            SqlStatement st = m.statements().stream()
                    .filter(s -> s.line() == markerLine + 1)
                    .findFirst()
                    .orElseThrow(() -> bad(file, markerLine, "is not on the line right before a statement"));
            if (!m.noTransaction()) {
                throw bad(
                        file,
                        markerLine,
                        "is in a file that runs in one transaction; a backfill commits batch by batch: put "
                                + MigrationFile.NO_TRANSACTION + " on the file's first line");
            }
            out.put(st.line(), parse(file, st, batch[0], pause[0]));
        }
        return out;
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static MigrateException bad(String file, int line, String what) {
        return MigrateException.usage(
                "Migration " + file + " line " + line + ": the " + MARKER + " marker " + what + ".",
                "Write it as " + MARKER + " [batch N] [pause MS] on the line before one UPDATE <table> SET ..."
                        + " [WHERE ...], then run the command again.");
    }

    /** Splits {@code UPDATE target SET ... [WHERE ...]} at its top-level keywords; refuses any other shape. */
    static Backfill parse(String file, SqlStatement st, int batch, long pause) throws MigrateException {
        String sql = st.sql();
        List<int[]> words = topLevelWords(sql);
        String not = "is not before one UPDATE <table> SET ... [WHERE ...] of one table";
        if (words.isEmpty() || !word(sql, words.get(0)).equals("UPDATE")) {
            throw bad(file, st.line() - 1, not);
        }
        int set = -1;
        int where = -1;
        String previous = "";
        for (int[] w : words.subList(1, words.size())) {
            String k = word(sql, w);
            // IS [NOT] DISTINCT FROM compares two values: that FROM is no FROM clause
            boolean distinctFrom = k.equals("FROM") && previous.equals("DISTINCT");
            previous = k;
            if (distinctFrom) {
                continue;
            }
            if (set < 0 && k.equals("SET")) {
                set = w[0];
            } else if (set >= 0 && where < 0 && k.equals("WHERE")) {
                where = w[0];
            } else if (k.equals("FROM") || k.equals("RETURNING") || k.equals("USING") || k.equals("ONLY")) {
                throw bad(file, st.line() - 1, not + " (it has " + k + ")");
            } else if (where >= 0 && k.equals("CURRENT")) {
                throw bad(file, st.line() - 1, not + " (WHERE CURRENT OF)");
            }
        }
        if (set < 0) {
            throw bad(file, st.line() - 1, not);
        }
        String target = sql.substring(words.get(0)[1], set).strip();
        List<String> parts = splitOutsideQuotes(target);
        String alias;
        if (parts.size() == 1) {
            alias = null;
        } else if (parts.size() == 2 && !parts.get(1).equalsIgnoreCase("AS")) {
            alias = parts.get(1);
        } else if (parts.size() == 3 && parts.get(1).equalsIgnoreCase("AS")) {
            alias = parts.get(2);
        } else {
            throw bad(file, st.line() - 1, not);
        }
        String table = parts.get(0);
        String setList =
                sql.substring(set + 3, where < 0 ? sql.length() : where).strip();
        String condition = where < 0 ? null : sql.substring(where + 5).strip();
        if (setList.isEmpty() || condition != null && condition.isEmpty()) {
            throw bad(file, st.line() - 1, not);
        }
        return new Backfill(st.line(), table, target, alias == null ? table : alias, setList, condition, batch, pause);
    }

    private static String word(String sql, int[] w) {
        return sql.substring(w[0], w[1]).toUpperCase(Locale.ROOT);
    }

    /** Start and end of each bare word outside quotes, comments and parentheses. */
    private static List<int[]> topLevelWords(String sql) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = closing(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$') {
                Matcher tag = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$").matcher(sql);
                if (tag.find(i) && tag.start() == i) {
                    int end = sql.indexOf(tag.group(), tag.end());
                    i = end < 0 ? n : end + tag.group().length();
                } else {
                    i++;
                }
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n
                        && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                boolean qualified = i > 0 && sql.charAt(i - 1) == '.' || j < n && sql.charAt(j) == '.';
                if (depth == 0 && !qualified) {
                    out.add(new int[] {i, j});
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closing(String sql, int from, char quote) {
        int i = from + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Whitespace-separated parts, a double-quoted name kept whole. */
    private static List<String> splitOutsideQuotes(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (part.length() > 0) {
                    out.add(part.toString());
                    part.setLength(0);
                }
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            out.add(part.toString());
        }
        return out;
    }
}
