package dev.kei.cli;

/**
 * A command that cannot go on, with its exit code (2 for bad input, 1 for failed work), an error code for the
 * {@code error} envelope, the message and the next step to take.
 */
public final class CliFailure extends Exception {
    private final int exitCode;
    private final String code;
    private final String hint;

    public CliFailure(int exitCode, String code, String message, String hint) {
        super(message);
        this.exitCode = exitCode;
        this.code = code;
        this.hint = hint;
    }

    public int exitCode() {
        return exitCode;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
