package dev.kei.skill;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which questions of a skill accept free text ("Other"), by phase and question id, and the reader that interprets
 * it. Transports that show the person or a model a field of their own (the LLM bridge's answer tool, the MCP
 * server's forms) offer it on those questions only, so nobody is invited to type where free text is always refused.
 */
public final class FreeTextQuestions {
    private final Map<String, String> readers;

    private FreeTextQuestions(Map<String, String> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** The questions of {@code skill} whose step names a free-text reader. */
    public static FreeTextQuestions of(Skill skill) {
        Map<String, String> readers = new HashMap<>();
        for (Phase phase : skill.phases()) {
            for (Step step : phase.steps()) {
                step.freeText().forEach((key, reader) -> readers.put(phase.id() + "/" + id(key), reader));
            }
        }
        return new FreeTextQuestions(readers);
    }

    /** Whether question {@code id} of {@code phase} accepts free text. */
    public boolean accepts(String phase, String id) {
        return readers.containsKey(phase + "/" + id);
    }

    /** The name of the reader of question {@code id}'s free text ({@code schema-text}), if it accepts free text. */
    public Optional<String> reader(String phase, String id) {
        return Optional.ofNullable(readers.get(phase + "/" + id));
    }

    /** The id envelopes give a state key (the engine's rule). */
    private static String id(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
