package dev.kei.llm;

/** The bridge's settings are missing or wrong; the hint says what to set. */
public final class LlmSettingsException extends Exception {
    private final String hint;

    public LlmSettingsException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
