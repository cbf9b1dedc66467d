package dev.kei.ask;

import java.util.Optional;

/**
 * A question as the runtime asks it: the payload question, the id it goes by in envelopes, the state key its
 * answer fills, the reader for free text, if free text is allowed, and the option that must be chosen alone, if any.
 */
public record AskedQuestion(
        String id, String key, Question question, Optional<FreeTextReader> freeText, Optional<Alone> alone) {

    public AskedQuestion(String id, String key, Question question, Optional<FreeTextReader> freeText) {
        this(id, key, question, freeText, Optional.empty());
    }

    /** An option chosen alone or not at all (a "None" of a multi-select); {@code message} says why. */
    public record Alone(String label, String message) {}
}
