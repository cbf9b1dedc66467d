package dev.kei.change;

/**
 * The current schema could not be read, said in Flyway's style: what happened (with names), a labelled detail block
 * (file, line, SQL State, PostgreSQL's message), and the next step. The input is at fault (exit 2) unless
 * {@link #usage()} says otherwise.
 */
public final class SchemaSourceException extends Exception {
    private final String details;
    private final String next;
    private final boolean usage;

    SchemaSourceException(String message, String details, String next, boolean usage, Throwable cause) {
        super(message, cause);
        this.details = details;
        this.next = next;
        this.usage = usage;
    }

    /** Input that cannot be used (a URL, a file, a folder): exit 2. */
    static SchemaSourceException usage(String message, String details, String next, Throwable cause) {
        return new SchemaSourceException(message, details, next, true, cause);
    }

    /** Work that failed on the way (a database that would not answer): exit 1. */
    static SchemaSourceException failure(String message, String details, String next, Throwable cause) {
        return new SchemaSourceException(message, details, next, false, cause);
    }

    /** Whether the input was at fault (exit 2) rather than the work (exit 1). */
    public boolean usage() {
        return usage;
    }

    /** The labelled block, lines of "  Label : value", possibly empty. */
    public String details() {
        return details;
    }

    /** The next step to take. */
    public String next() {
        return next;
    }

    /** The whole message as shown: the first line, the details, the next step. */
    public String shown() {
        return getMessage() + (details.isEmpty() ? "" : "\n" + details) + "\n" + next;
    }
}
