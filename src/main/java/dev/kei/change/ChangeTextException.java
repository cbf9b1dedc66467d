package dev.kei.change;

/**
 * Change text that cannot be read as written: its message starts with {@code line:column:}, says what was expected
 * and what to write instead.
 */
public final class ChangeTextException extends Exception {
    private final int line;
    private final int column;

    ChangeTextException(int line, int column, String message) {
        super(line + ":" + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    /** 1-based. */
    public int line() {
        return line;
    }

    /** 1-based, in characters of the line. */
    public int column() {
        return column;
    }
}
