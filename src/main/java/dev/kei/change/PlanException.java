package dev.kei.change;

/**
 * A plan file that cannot be read as written: its message starts with {@code file:line:column:}, says what is wrong
 * and what to write instead.
 */
public final class PlanException extends Exception {
    private final String file;
    private final int line;
    private final int column;

    PlanException(PlanNode.Where where, String message) {
        super(where.file() + ":" + where.line() + ":" + where.column() + ": " + message);
        this.file = where.file();
        this.line = where.line();
        this.column = where.column();
    }

    public String file() {
        return file;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based. */
    public int column() {
        return column;
    }
}
