package dev.kei.ask;

import java.io.IOException;

/**
 * How questions travel to whoever answers them: an assistant calling step mode, a program on stdio, a person at a
 * terminal, a recorded transcript, a model. The engine drives every transport the same way:
 *
 * <ol>
 *   <li>{@link #ask} shows a question and returns the raw answer ({@code {"answers":{...}}} as JSON text), or
 *       says why none will come;
 *   <li>the engine validates it; when it is rejected, {@link #rejected} tells the asker, and returns whether the
 *       same question should be asked again (the state is unchanged either way);
 *   <li>when the skill ends, {@link #finished} gets the {@code done} envelope.
 * </ol>
 *
 * An implementation must not interpret answers itself (validation is the engine's, so every transport accepts
 * and rejects the same inputs), and must keep stdout for its protocol and stderr for logs.
 */
public interface QuestionTransport {

    /** Shows {@code ask} and waits for its answer. */
    Reply ask(Envelope.Ask ask) throws IOException;

    /** The answer to {@code ask} was rejected; returns true to have the same question asked again. */
    boolean rejected(Envelope.Error error, Envelope.Ask ask) throws IOException;

    /** The skill ended. */
    void finished(Envelope.Done done) throws IOException;

    /** What came back from an ask. */
    sealed interface Reply {
        /** An answer, as raw JSON text (an AskUserQuestion result), not yet validated. */
        record Answered(String json) implements Reply {}

        /**
         * No answer will come now, but the run is fine: step mode printed the question and the caller comes back
         * with the answer in a later process.
         */
        record Suspended() implements Reply {}

        /** No answer will come: input ended, the person cancelled, or a transcript disagrees with the skill. */
        record Ended(String code, String message, String hint) implements Reply {}
    }
}
