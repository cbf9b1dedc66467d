package dev.kei.ask;

import java.util.Optional;

/**
 * A question as the runtime asks it: the payload question, the id it goes by in envelopes, the state key its
 * answer fills, and the reader for free text, if free text is allowed.
 */
public record AskedQuestion(String id, String key, Question question, Optional<FreeTextReader> freeText) {}
