package dev.kei.dbschema;

import java.util.Optional;

/**
 * A model that proposes schemas. The command that runs a skill through a model (the LLM bridge, {@code dev.kei.llm})
 * hands one to the run; without one the archetype catalogue proposes. Plain strings only, so this package needs no
 * model library.
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
