package dev.kei.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one statement (as {@link dev.kei.migrate.ScriptSplitter} cut it) into tokens, so that rules match keyword
 * sequences and names, never raw text where a quote or a comment could hide or fake a keyword.
 */
public final class TokenReader {
    private TokenReader() {}

    public static List<Token> read(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (sql.startsWith("/*", i)) {
                i = blockCommentEnd(sql, i);
            } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'')) {
                boolean backslashes = c != '\'';
                int from = backslashes ? i + 2 : i + 1;
                StringBuilder text = new StringBuilder();
                i = quoted(sql, from, '\'', backslashes, text);
                out.add(new Token(Token.Kind.STRING, text.toString()));
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                i = quoted(sql, i + 1, '"', false, text);
                out.add(new Token(Token.Kind.QUOTED_NAME, text.toString()));
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int stop = close < 0 ? n : close;
                out.add(new Token(Token.Kind.STRING, sql.substring(tagEnd, stop)));
                i = close < 0 ? n : close + tag.length();
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n
                        && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                out.add(new Token(Token.Kind.WORD, sql.substring(i, j)));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
                    j++;
                }
                out.add(new Token(Token.Kind.NUMBER, sql.substring(i, j)));
                i = j;
            } else {
                out.add(new Token(Token.Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    private static int blockCommentEnd(String sql, int i) {
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return i;
    }

    private static int quoted(String sql, int i, char q, boolean backslashes, StringBuilder text) {
        while (i < sql.length()) {
            char d = sql.charAt(i);
            if (backslashes && d == '\\' && i + 1 < sql.length()) {
                text.append(sql.charAt(i + 1));
                i += 2;
            } else if (d == q && i + 1 < sql.length() && sql.charAt(i + 1) == q) {
                text.append(q);
                i += 2;
            } else if (d == q) {
                return i + 1;
            } else {
                text.append(d);
                i++;
            }
        }
        return i;
    }

    /** The index after a dollar-quote opening tag ({@code $$} or {@code $tag$}) at {@code i}, or -1. */
    private static int dollarTagEnd(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        boolean tagOk = j == i + 1 || !Character.isDigit(sql.charAt(i + 1));
        return j < sql.length() && sql.charAt(j) == '$' && tagOk ? j + 1 : -1;
    }
}
