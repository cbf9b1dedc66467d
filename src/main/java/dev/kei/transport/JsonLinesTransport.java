package dev.kei.transport;

import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.io.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * One long session over stdio: an envelope per line out, an answer per line in ({@code {"answers":{...}}}). A
 * rejected answer is followed by an {@code error} line and the same {@code ask} again. Blank input lines are
 * skipped; end of input stops the run with the state kept at the last accepted answer.
 */
public final class JsonLinesTransport implements QuestionTransport {
    private final BufferedReader in;
    private final PrintStream out;

    public JsonLinesTransport(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Reply ask(Envelope.Ask ask) throws IOException {
        out.println(Json.line(ask));
        out.flush();
        String line;
        do {
            line = in.readLine();
        } while (line != null && line.isBlank());
        if (line == null) {
            return new Reply.Ended(
                    "END_OF_INPUT",
                    "Input ended with step " + ask.step() + " (phase " + ask.phase() + ") unanswered.",
                    "The state is kept; run again with the same --state to resume.");
        }
        return new Reply.Answered(line);
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        out.println(Json.line(error));
        return true;
    }

    @Override
    public void finished(Envelope.Done done) {
        out.println(Json.line(done));
        out.flush();
    }
}
