package dev.kei.engine;

/**
 * A run that cannot go on: a skill file the runtime cannot use, a generator that failed, a loop that never ends.
 * Exit code 1 (the work failed) unless {@link #usage()} says the input was at fault (exit code 2).
 */
public final class RunException extends Exception {
    private final String code;
    private final String hint;
    private final boolean usage;

    public RunException(String code, String message, String hint, boolean usage, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.hint = hint;
        this.usage = usage;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }

    public boolean usage() {
        return usage;
    }
}
