package dev.kei.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements at the semicolons that end them: not inside quotes ({@code '...'},
 * {@code E'...'}, {@code "..."}), dollar quoting ({@code $tag$...$tag$}), comments ({@code --}, nested
 * {@code /* *\/}), or the body of a trigger or a {@code BEGIN ATOMIC} function, whose own semicolons belong to
 * it. Knows nothing of what statements mean; {@link SqlStatement} classifies them.
 */
public final class ScriptSplitter {
    private static final int KEYWORDS = 12;
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");

    private ScriptSplitter() {}

    public static List<SqlStatement> split(String script) {
        return scan(script, null);
    }

    /**
     * The text of every comment of a script ({@code --} to the end of the line, or a whole {@code /* *\/}), without
     * the comments inside quotes or dollar quoting, which are data: what markers such as IRREVERSIBLE are read from.
     */
    public static List<String> comments(String script) {
        List<String> comments = new ArrayList<>();
        scan(script, comments);
        return comments;
    }

    private static List<SqlStatement> scan(String script, List<String> comments) {
        List<SqlStatement> out = new ArrayList<>();
        int n = script.length();
        int start = 0;
        int line = 1;
        int startLine = 1;
        boolean sawCode = false;
        int blockDepth = 0; // BEGIN ... END inside CREATE TRIGGER / BEGIN ATOMIC bodies
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int from = i;
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                if (comments != null) {
                    comments.add(script.substring(from, i));
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int from = i;
                int depth = 0;
                while (i < n) {
                    if (script.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (script.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        if (script.charAt(i) == '\n') {
                            line++;
                        }
                        i++;
                    }
                }
                if (comments != null) {
                    comments.add(script.substring(from, i));
                }
                continue;
            }
            if (!sawCode) {
                sawCode = true;
                startLine = line;
                start = i;
            }
            if (c == ';') {
                if (blockDepth > 0) {
                    i++;
                    continue;
                }
                add(out, script.substring(start, i), startLine, words);
                words.clear();
                sawCode = false;
                i++;
                start = i;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                boolean backslashes = c == '\''
                        && i > 0
                        && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(script.charAt(i - 2)));
                i++;
                while (i < n) {
                    char d = script.charAt(i);
                    if (d == '\n') {
                        line++;
                    }
                    if (backslashes && d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (d == c) {
                        if (i + 1 < n && script.charAt(i + 1) == c) {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                continue;
            }
            if (c == '$') {
                int close = script.indexOf('$', i + 1);
                String tag = close > 0 ? script.substring(i, close + 1) : null;
                if (tag != null && DOLLAR_TAG.matcher(tag).matches()) {
                    int end = script.indexOf(tag, close + 1);
                    int stop = end < 0 ? n : end + tag.length();
                    for (int k = i; k < stop; k++) {
                        if (script.charAt(k) == '\n') {
                            line++;
                        }
                    }
                    i = stop;
                    continue;
                }
                i++;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_')) {
                    j++;
                }
                String word = script.substring(i, j).toUpperCase(Locale.ROOT);
                if (words.size() < KEYWORDS) {
                    words.add(word);
                }
                blockDepth = block(words, word, blockDepth, script, j);
                i = j;
                continue;
            }
            if (words.size() < KEYWORDS && (c == '(' || c == ')')) {
                words.add(String.valueOf(c));
            }
            i++;
        }
        if (sawCode && !script.substring(start).isBlank()) {
            add(out, script.substring(start), startLine, words);
        }
        return out;
    }

    /** Tracks BEGIN/CASE ... END nesting, but only inside statements whose body holds its own semicolons. */
    private static int block(List<String> words, String word, int depth, String script, int after) {
        boolean bodied = words.size() >= 2
                && words.get(0).equals("CREATE")
                && (words.contains("TRIGGER") || words.contains("FUNCTION") || words.contains("PROCEDURE"));
        if (!bodied) {
            return depth;
        }
        boolean trigger = words.contains("TRIGGER");
        if (word.equals("BEGIN") && (trigger || nextWord(script, after).equals("ATOMIC"))) {
            return depth + 1;
        }
        if (word.equals("CASE") && depth > 0) {
            return depth + 1;
        }
        if (word.equals("END") && depth > 0) {
            return depth - 1;
        }
        return depth;
    }

    private static String nextWord(String script, int from) {
        int i = from;
        while (i < script.length() && Character.isWhitespace(script.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < script.length() && Character.isLetter(script.charAt(j))) {
            j++;
        }
        return script.substring(i, j).toUpperCase(Locale.ROOT);
    }

    private static void add(List<SqlStatement> out, String sql, int line, List<String> words) {
        String text = sql.strip();
        if (!text.isEmpty()) {
            out.add(new SqlStatement(
                    text, line, String.join(" ", words).replace("( ", "(").replace(" )", ")")));
        }
    }
}
