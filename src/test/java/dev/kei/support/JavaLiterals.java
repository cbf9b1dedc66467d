package dev.kei.support;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source, comments skipped: enough of a lexer to tell code from prose. */
public final class JavaLiterals {
    /**
     * One literal: its text as written (escapes untouched), its line, and the code just before its opening quote
     * (e.g. {@code .startsWith(}), so a caller can tell a prefix match from a plain value.
     */
    public record Literal(String text, int line, String before) {}

    private JavaLiterals() {}

    public static List<Literal> of(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += (int) source.substring(i, end)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                found.add(new Literal(source.substring(i + 3, end), line, source.substring(Math.max(0, i - 16), i)));
                line += (int) source.substring(i, end)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                i = end + 3;
            } else if (c == '\'' || c == '"') {
                int end = closing(source, i + 1, c);
                if (c == '"') {
                    found.add(
                            new Literal(source.substring(i + 1, end), line, source.substring(Math.max(0, i - 16), i)));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index of the quote that closes a literal opened just before {@code from}. */
    private static int closing(String source, int from, char quote) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
