package dev.kei.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.Payload;
import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Answers every ask with the next exchange of a recorded transcript (contracts section 5). It never guesses:
 * when an exchange carries a payload that differs from the question asked, when a recorded answer is rejected or
 * when the transcript runs out, the run stops with exit code 2 and says where.
 */
public final class ReplayTransport implements QuestionTransport {
    private final Transcript transcript;
    private final PrintStream log;
    private int next;
    private Envelope.Ask answered;

    /** {@code start} is how many exchanges the state already holds (a resumed replay skips them). */
    public ReplayTransport(Transcript transcript, int start, PrintStream log) {
        this.transcript = transcript;
        this.next = start;
        this.log = log;
    }

    @Override
    public Reply ask(Envelope.Ask ask) {
        if (next >= transcript.exchanges().size()) {
            return new Reply.Ended(
                    "TRANSCRIPT_ENDED",
                    "The transcript has no answer for step " + ask.step() + " (phase " + ask.phase() + ").",
                    "Record the run again, or add an exchange answering " + String.join(", ", ask.ids()) + ".");
        }
        Transcript.Exchange exchange = transcript.exchanges().get(next++);
        if (exchange.phase() != null && !exchange.phase().equals(ask.phase())) {
            return mismatch(
                    ask,
                    "the transcript answers phase " + exchange.phase() + " but the skill asks phase " + ask.phase());
        }
        if (exchange.payload() != null) {
            Optional<String> difference = PayloadDiff.describe(
                    Json.MAPPER.convertValue(exchange.payload(), Payload.class),
                    Json.MAPPER.convertValue(ask.payload(), Payload.class));
            if (difference.isPresent()) {
                return mismatch(ask, difference.get());
            }
        }
        if (exchange.answers() == null || !exchange.answers().isObject()) {
            return new Reply.Ended(
                    "INVALID_TRANSCRIPT",
                    "Exchange " + next + " of the transcript has no answers" + " object.",
                    "Each exchange needs \"answers\":{\"<id>\":\"<label>\"}.");
        }
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.set("answers", exchange.answers());
        log.println("replay: step " + ask.step() + " (phase " + ask.phase() + ") answered from exchange " + next);
        answered = ask;
        return new Reply.Answered(Json.line(answer));
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        return false;
    }

    @Override
    public void finished(Envelope.Done done) {
        log.println("replay: done after " + next + " exchanges");
        if (!done.nextSteps().isBlank()) {
            log.println();
            log.println(done.nextSteps().strip());
        }
    }

    /**
     * The refusal of exchanges the run never asked for, once it is done: a transcript that says more than the run
     * asked was not recorded from this skill, so they are not ignored.
     */
    public Optional<Envelope.Error> leftOver() {
        int left = transcript.exchanges().size() - next;
        if (left <= 0) {
            return Optional.empty();
        }
        String after = answered == null
                ? "before exchange 1"
                : "after exchange " + next + " (step " + answered.step() + ", phase " + answered.phase() + ")";
        String which = left == 1
                ? "1 more exchange (" + (next + 1) + ")"
                : left + " more exchanges (" + (next + 1) + " to "
                        + transcript.exchanges().size() + ")";
        return Optional.of(new Envelope.Error(
                "TRANSCRIPT_MISMATCH",
                "The run was done " + after + "; the transcript holds " + which + " that answer no question.",
                "Remove the exchanges after exchange " + next + ", or record the run again."));
    }

    private Reply mismatch(Envelope.Ask ask, String difference) {
        return new Reply.Ended(
                "TRANSCRIPT_MISMATCH",
                "Step " + ask.step() + " (phase " + ask.phase() + ") differs from exchange " + next
                        + " of the transcript: " + difference + ".",
                "The skill changed since the recording; record the run again.");
    }
}
