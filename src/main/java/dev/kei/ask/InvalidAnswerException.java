package dev.kei.ask;

/**
 * An answer the runtime rejects (contracts section 4). It becomes an {@code error} envelope with code
 * {@code INVALID_ANSWER} and exit code 2; the state is left as it was.
 */
public final class InvalidAnswerException extends Exception {
    private final String hint;

    public InvalidAnswerException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
