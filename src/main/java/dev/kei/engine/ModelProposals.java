package dev.kei.engine;

import java.util.Optional;

/**
 * A model that proposes text (a schema, for db-schema) for a generator to check: an engine extension point, handed to
 * a run as a service ({@link Plugins#with}) and found by a generator through {@link GeneratorContext#service}. The
 * command that runs a skill through a model (the LLM bridge, {@code dev.kei.llm}) hands one over; without one a
 * skill falls back on its own proposer (db-schema: the archetype catalogue). It names no skill, so the bridge that
 * implements it knows none, and it takes plain strings only, so the engine needs no model library.
 */
public interface ModelProposals {

    /** The model's name, shown beside what it proposed. */
    String modelName();

    /**
     * Sends {@code prompt} and hands each reply to {@code check}; a problem it finds is sent back to the model for
     * another try, a bounded number of times. Returns the first reply that passes.
     *
     * @param purpose what the reply is for, in a few words, for the log
     * @throws Unavailable when no usable reply came: the model could not be reached, refused, or every reply failed
     *     the check
     */
    String propose(String purpose, String prompt, ReplyCheck check) throws Unavailable;

    /** Checks a reply: what is wrong with it, in words the model can act on, or empty when it is usable. */
    @FunctionalInterface
    interface ReplyCheck {
        Optional<String> problem(String reply);
    }

    /** No usable proposal came from the model; the message says why, in one line. */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }
}
