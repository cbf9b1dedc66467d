package dev.kei.migrate;

/**
 * A command that cannot go on, said in Flyway's style: what happened (with names), a labelled detail block, and
 * the next command to run. {@link #usage()} says whether the input was at fault (exit 2) or the work failed
 * (exit 1).
 */
public final class MigrateException extends Exception {
    private final boolean usage;
    private final String details;
    private final String next;

    private MigrateException(boolean usage, String message, String details, String next, Throwable cause) {
        super(message, cause);
        this.usage = usage;
        this.details = details;
        this.next = next;
    }

    public static MigrateException usage(String message, String next) {
        return new MigrateException(true, message, "", next, null);
    }

    public static MigrateException failure(String message, String next) {
        return new MigrateException(false, message, "", next, null);
    }

    /** Work refused after a look at it (exit 1): {@code details} is the labelled block of what was found. */
    public static MigrateException refused(String message, String details, String next) {
        return new MigrateException(false, message, details, next, null);
    }

    /** A failed statement: the labelled block names it, its SQL State and the database's message. */
    public static MigrateException statement(String message, String details, String next, Throwable cause) {
        return new MigrateException(false, message, details, next, cause);
    }

    public boolean usage() {
        return usage;
    }

    /** The labelled block, lines of "  Label : value", possibly empty. */
    public String details() {
        return details;
    }

    /** The next command to run. */
    public String next() {
        return next;
    }
}
