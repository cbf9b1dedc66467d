package dev.kei.ask;

import java.util.List;
import java.util.Optional;

/**
 * Decides what free text ("Other") means for one question. A phase names its reader with
 * {@code **Free text** for `KEY` is read as `name`}; a skill lists its readers in its
 * {@code dev.kei.engine.SkillPlugins}, found through {@link java.util.ServiceLoader}, and they are looked up by the
 * skill's name and {@link #name()}, so a skill brings its own without the engine knowing it.
 */
public interface FreeTextReader {

    /** The name phase files use. */
    String name();

    /**
     * Reads {@code text}; returns the value to store (e.g. a normalised form), or throws with a message that says
     * what is wrong and where, for the person to fix it.
     */
    String read(String text, Context context) throws InvalidFreeTextException;

    /**
     * What the text looks like, in one line with an example, for whoever types it: a transport that shows a field
     * for free text (an MCP form, a tool result for an assistant's model) says it beside the field. Empty when the
     * question's own wording is enough.
     */
    default String grammar() {
        return "";
    }

    /** What a reader may consult: earlier answers and generated data. */
    interface Context {
        String intake();

        List<String> values(String key);

        Optional<com.fasterxml.jackson.databind.JsonNode> data(String key);
    }

    /** Free text that does not mean anything for this question. */
    final class InvalidFreeTextException extends Exception {
        private final String hint;

        public InvalidFreeTextException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
