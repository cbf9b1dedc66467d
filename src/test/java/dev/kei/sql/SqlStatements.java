package dev.kei.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a generated SQL file into statements for a JDBC test: at semicolons outside quotes ('...', "...",
 * `...`), dollar quotes ($$...$$, $tag$...$tag$) and comments. Comment-only pieces are dropped.
 */
final class SqlStatements {
    private SqlStatements() {}

    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean code = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
                current.append('\n');
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                current.append(sql, i, end);
                code = true;
                i = end;
                continue;
            }
            if (c == '$') {
                int tagEnd = sql.indexOf('$', i + 1);
                String tag = tagEnd < 0 ? null : sql.substring(i, tagEnd + 1);
                if (tag != null && tag.matches("\\$[A-Za-z_]*\\$")) {
                    int close = sql.indexOf(tag, tagEnd + 1);
                    int end = close < 0 ? sql.length() : close + tag.length();
                    current.append(sql, i, end);
                    code = true;
                    i = end;
                    continue;
                }
            }
            if (c == ';') {
                if (code) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
                code = false;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                code = true;
            }
            current.append(c);
            i++;
        }
        if (code) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote stays inside. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
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
}
