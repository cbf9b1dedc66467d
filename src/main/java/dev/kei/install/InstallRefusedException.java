package dev.kei.install;

/** An install that would lose or escape something (a file kei did not write, a symbolic link): nothing was written. */
public final class InstallRefusedException extends Exception {
    private final String code;
    private final String hint;

    InstallRefusedException(String code, String message, String hint) {
        super(message);
        this.code = code;
        this.hint = hint;
    }

    /** {@code FILE_EXISTS}, {@code SYMLINK} or {@code NOT_A_FOLDER}. */
    public String code() {
        return code;
    }

    /** The next step to take. */
    public String hint() {
        return hint;
    }
}
