package dev.kei.orm;

import dev.kei.db.Dialect;
import java.util.Set;

/**
 * How a value is spelled in the Python kei writes for SQLAlchemy and Alembic: string literals, and SQL text handed to
 * {@code sa.text()} or a {@code CheckConstraint}, where a colon before a word would otherwise start a bind parameter.
 */
final class SqlAlchemyPython {
    /** Python's hard keywords: never an attribute or class name. */
    static final Set<String> KEYWORDS = Set.of(
            "False",
            "None",
            "True",
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield");

    private SqlAlchemyPython() {}

    /** {@code value} as a double-quoted Python string literal that reads back as exactly {@code value}. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * SQL for {@code sa.text()}: every colon escaped as {@code \:}, which SQLAlchemy turns back into a colon when it
     * compiles the text, so {@code '09:30'} in a default never becomes a bind parameter.
     */
    static String sqlText(String sql) {
        return string(sql.replace(":", "\\:"));
    }

    /**
     * A table or column name as an argument: a plain string, or {@code sa.quoted_name(..., True)} where kei's dialect
     * quotes the name, since SQLAlchemy's own reserved words miss some of the database's ({@code returning} on SQLite).
     */
    static String name(String identifier, Dialect d) {
        return d.quote(identifier).equals(identifier)
                ? string(identifier)
                : "sa.quoted_name(" + string(identifier) + ", True)";
    }

    /** Whether SQLAlchemy must be told to quote {@code identifier}: kei's dialect quotes it. */
    static boolean quoted(String identifier, Dialect d) {
        return !d.quote(identifier).equals(identifier);
    }
}
