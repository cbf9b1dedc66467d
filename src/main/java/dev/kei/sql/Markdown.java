package dev.kei.sql;

/** Escaping for text that lands in a Markdown table cell of {@code db/schema.md}. */
final class Markdown {
    private Markdown() {}

    /** Plain text in a table cell: a pipe would end the cell, the rest would turn into markup. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("|\\`*[]<>#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A code span in a table cell: a fence longer than any backtick run inside, pipes still escaped (GFM). */
    static String code(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text.replace("|", "\\|") + pad + fence;
    }
}
