package dev.kei.schema;

/**
 * Schema text that cannot be accepted: what is wrong, where it starts (1-based line and column) and, where one fits, a
 * "Did you mean ...?".
 *
 * <p>The message reads {@code line 1, column 14: unknown type 'txt'; expected one of text, ... Did you mean 'text'?}
 * and always ends with '.' or '?', so it can be shown as it is.
 * A problem found in a draft built in code ({@link SchemaDraft#validate()}) has no place in any text: {@link #line()}
 * and {@link #column()} are then 0 and the message is the problem alone.
 */
public final class SchemaTextException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final int line;
    private final int column;

    public SchemaTextException(String problem, int line, int column) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + sentence(problem) : sentence(problem));
        this.problem = sentence(problem);
        this.line = line;
        this.column = column;
    }

    /** A problem that concerns a draft as a whole rather than a place in a text. */
    public SchemaTextException(String problem) {
        this(problem, 0, 0);
    }

    /** Every message ends like a sentence, so callers can show it as it is. */
    private static String sentence(String problem) {
        return problem.endsWith(".") || problem.endsWith("?") ? problem : problem + ".";
    }

    /** The message without its "line L, column C: " prefix. */
    public String problem() {
        return problem;
    }

    /** 1-based line where the problem starts, or 0 when it has no place in a text. */
    public int line() {
        return line;
    }

    /** 1-based column (in characters) where the problem starts, or 0 when it has no place in a text. */
    public int column() {
        return column;
    }
}
