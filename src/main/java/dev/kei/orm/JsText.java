package dev.kei.orm;

/** Text written into TypeScript source: a single-quoted string literal, or the body of a {@code sql`...`} template. */
final class JsText {
    private JsText() {}

    /** {@code value} as a single-quoted TypeScript string that reads back as exactly {@code value}. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // line separators end a string literal in older engines; other controls would be invisible
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    /** {@code sqlText} inside a template literal: backslash, backtick and {@code ${} escaped, so it stays raw SQL. */
    static String template(String sqlText) {
        return "sql`" + sqlText.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") + "`";
    }

    /** Whether {@code value} can be written as a plain quoted string a reader recognises (no escapes needed). */
    static boolean plain(String value) {
        return quoted(value).length() == value.length() + 2;
    }
}
