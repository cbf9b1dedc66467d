package dev.kei.engine;

import dev.kei.ask.Envelope;

/** Where a run stands after the runner moved it as far as it could without an answer. */
public sealed interface Outcome {
    State state();

    /** A question waits for its answer. */
    record Asking(State state, Envelope.Ask ask) implements Outcome {}

    /** The skill ran to its end. */
    record Finished(State state, Envelope.Done done) implements Outcome {}
}
