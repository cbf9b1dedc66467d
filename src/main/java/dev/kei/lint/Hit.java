package dev.kei.lint;

/**
 * What a rule found.
 *
 * @param line the line of the statement (or 1 for the file)
 * @param message what is wrong, naming it
 * @param statement the index of the statement in its file, or -1 for a finding about the whole file
 */
public record Hit(int line, String message, int statement) {
    /** A finding about the whole file, or one whose size does not matter. */
    public Hit(int line, String message) {
        this(line, message, -1);
    }
}
