package dev.kei.llm;

import java.util.Optional;

/**
 * The API key, read from the environment variable it is named by and never shown: {@link #toString()} names the
 * variable, not the value, so a key cannot reach a log, a message or a file by accident.
 */
public final class ApiKey {
    private final String variable;
    private final String value;

    ApiKey(String variable, String value) {
        this.variable = variable;
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    /** The environment variable the key comes from. */
    public String variable() {
        return variable;
    }

    /** Whether the variable holds a key (a local server such as Ollama needs none). */
    public boolean present() {
        return value != null;
    }

    /** The key itself: for the Authorization header and for redaction, nothing else. */
    Optional<String> reveal() {
        return Optional.ofNullable(value);
    }

    @Override
    public String toString() {
        return variable + (value == null ? " (not set)" : " (set)");
    }
}
