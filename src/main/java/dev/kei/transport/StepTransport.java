package dev.kei.transport;

import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.io.Json;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Step mode, for assistants: one process per call. {@code next} shows the pending question and suspends;
 * {@code answer} hands in one answer, then shows the question after it (or the {@code done} envelope). A
 * rejected answer prints an {@code error} envelope and ends the call with exit code 2.
 */
public final class StepTransport implements QuestionTransport {
    private final PrintStream out;
    private Optional<String> answer;

    /** {@code answer} is the one answer this call brings; empty for {@code next}. */
    public StepTransport(PrintStream out, Optional<String> answer) {
        this.out = out;
        this.answer = answer;
    }

    @Override
    public Reply ask(Envelope.Ask ask) {
        if (answer.isPresent()) {
            String json = answer.get();
            answer = Optional.empty();
            return new Reply.Answered(json);
        }
        out.println(Json.line(ask));
        return new Reply.Suspended();
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        out.println(Json.line(error));
        return false;
    }

    @Override
    public void finished(Envelope.Done done) {
        out.println(Json.line(done));
    }
}
