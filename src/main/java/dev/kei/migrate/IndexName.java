package dev.kei.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * The index a {@code CREATE INDEX CONCURRENTLY} builds or a {@code DROP INDEX CONCURRENTLY} drops, read from the
 * statement's text as PostgreSQL reads it: an unquoted name folded to lower case, a quoted one ({@code "Users_Idx"},
 * with {@code ""} inside) kept as written, either optionally schema-qualified. It is only ever passed to the database
 * as a parameter or re-quoted, never pasted into SQL as read.
 *
 * @param schema the schema it lives in when the statement says so (the table's, for a build), else null
 * @param name the index's name as stored in {@code pg_class.relname}
 */
record IndexName(String schema, String name) {

    /** What {@link #built} found: the name, or that the statement names no index, or that it could not be read. */
    sealed interface Build {}

    record Named(IndexName index) implements Build {}

    record Unnamed() implements Build {}

    record Unreadable() implements Build {}

    /** The index {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] [name] ON [ONLY] table} builds. */
    static Build built(String sql) {
        Words w = new Words(sql);
        if (!w.keyword("CREATE")) {
            return new Unreadable();
        }
        w.keyword("UNIQUE");
        if (!w.keyword("INDEX") || !w.keyword("CONCURRENTLY")) {
            return new Unreadable();
        }
        if (w.keyword("IF") && !(w.keyword("NOT") && w.keyword("EXISTS"))) {
            return new Unreadable();
        }
        if (w.keyword("ON")) {
            return new Unnamed();
        }
        IndexName index = w.qualified();
        if (index == null || !w.keyword("ON")) {
            return new Unreadable();
        }
        w.keyword("ONLY");
        IndexName table = w.qualified();
        // the index lives in its table's schema; a schema written on the index itself PostgreSQL refuses anyway
        String schema = table != null && table.schema() != null ? table.schema() : index.schema();
        return new Named(new IndexName(schema, index.name()));
    }

    /** The index {@code DROP INDEX CONCURRENTLY name} drops; null with IF EXISTS (a repeat is harmless) or unread. */
    static IndexName dropped(String sql) {
        Words w = new Words(sql);
        if (!w.keyword("DROP") || !w.keyword("INDEX") || !w.keyword("CONCURRENTLY") || w.keyword("IF")) {
            return null;
        }
        return w.qualified();
    }

    /** {@code "schema"."name"}, each part quoted, for a statement kei-migrate writes itself. */
    String quoted() {
        return (schema == null ? "" : quote(schema) + ".") + quote(name);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }

    /** The leading tokens of a statement: words, quoted identifiers and punctuation; comments skipped. */
    private static final class Words {
        private static final int MAX = 16;
        private final List<String> tokens = new ArrayList<>();
        private final List<Boolean> quoted = new ArrayList<>();
        private int at;

        Words(String sql) {
            int n = sql.length();
            int i = 0;
            while (i < n && tokens.size() < MAX) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (sql.startsWith("--", i)) {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? n : end;
                } else if (sql.startsWith("/*", i)) {
                    i = afterBlockComment(sql, i);
                } else if (c == '"') {
                    StringBuilder name = new StringBuilder();
                    int j = i + 1;
                    while (j < n) {
                        if (sql.charAt(j) == '"') {
                            if (j + 1 < n && sql.charAt(j + 1) == '"') {
                                name.append('"');
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        name.append(sql.charAt(j++));
                    }
                    if (j >= n || name.length() == 0) {
                        return; // unterminated or empty: PostgreSQL refuses it, nothing to read
                    }
                    add(name.toString(), true);
                    i = j + 1;
                } else if (Character.isLetter(c) || c == '_') {
                    int j = i;
                    while (j < n
                            && (Character.isLetterOrDigit(sql.charAt(j))
                                    || sql.charAt(j) == '_'
                                    || sql.charAt(j) == '$')) {
                        j++;
                    }
                    add(foldAscii(sql.substring(i, j)), false);
                    i = j;
                } else {
                    add(String.valueOf(c), false);
                    i++;
                }
            }
        }

        private void add(String token, boolean isQuoted) {
            tokens.add(token);
            quoted.add(isQuoted);
        }

        private static int afterBlockComment(String sql, int i) {
            int depth = 0;
            while (i < sql.length()) {
                if (sql.startsWith("/*", i)) {
                    depth++;
                    i += 2;
                } else if (sql.startsWith("*/", i)) {
                    i += 2;
                    if (--depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            return i;
        }

        // PostgreSQL folds only ASCII letters of an unquoted name
        private static String foldAscii(String word) {
            StringBuilder out = new StringBuilder(word.length());
            for (char c : word.toCharArray()) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return out.toString();
        }

        /** Consumes the next token if it is this unquoted keyword. */
        boolean keyword(String word) {
            if (at < tokens.size() && !quoted.get(at) && tokens.get(at).equalsIgnoreCase(word)) {
                at++;
                return true;
            }
            return false;
        }

        private String identifier() {
            if (at >= tokens.size()) {
                return null;
            }
            String t = tokens.get(at);
            boolean word = quoted.get(at) || Character.isLetter(t.charAt(0)) || t.charAt(0) == '_';
            if (!word) {
                return null;
            }
            at++;
            return t;
        }

        /** {@code name} or {@code schema.name}, each part quoted or not; null if there is none. */
        IndexName qualified() {
            String first = identifier();
            if (first == null) {
                return null;
            }
            if (at < tokens.size() && !quoted.get(at) && tokens.get(at).equals(".")) {
                at++;
                String second = identifier();
                return second == null ? null : new IndexName(first, second);
            }
            return new IndexName(null, first);
        }
    }
}
