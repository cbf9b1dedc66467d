package dev.kei.llm;

import java.io.IOException;

/**
 * A call to the model failed for good (after the retries it was allowed): unreachable, too slow, refused, or
 * failing. Nothing was stored for the question being asked; the run stops with the state as it was.
 */
public final class ModelCallException extends IOException {
    private final String code;
    private final String reason;
    private final String hint;

    ModelCallException(String code, String message, String reason, String hint) {
        this(code, message, reason, hint, null);
    }

    ModelCallException(String code, String message, String reason, String hint, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason;
        this.hint = hint;
    }

    /** What went wrong, in a few words, e.g. "server error (HTTP 503) (5 calls)". */
    public String reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public String hint() {
        return hint;
    }
}
