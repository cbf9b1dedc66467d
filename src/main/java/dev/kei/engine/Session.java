package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.InvalidAnswerException;
import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.io.AtomicFiles;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Drives one run over a transport: advance, ask, validate, store, repeat. The state is saved after every accepted
 * answer and never after a rejected one, so a rejected answer leaves the file byte-identical and a killed run
 * resumes at the last question it showed. A new run that replaces a finished one in the file is first saved when
 * it has something to keep (an accepted answer, a question waiting in step mode, its end), so a replay refused at
 * its first exchange leaves the finished run as it was.
 */
public final class Session {
    private final SkillRunner runner;
    private final StateStore store;

    public Session(SkillRunner runner, StateStore store) {
        this.runner = runner;
        this.store = store;
    }

    /** How a session ended. */
    public sealed interface Result {
        /** The skill ran to its end. */
        record Done(State state, Envelope.Done done) implements Result {}

        /** Step mode showed a question; the state is saved and waits for the answer. */
        record Waiting(State state, Envelope.Ask ask) implements Result {}

        /** The session stopped before the end: exit code 2 for bad input, 1 for failed work. */
        record Stopped(int exitCode, Envelope.Error error) implements Result {}
    }

    /**
     * Runs from {@code initial}; {@code onDisk} is the state the file holds now (null when there is none), so an
     * unchanged state is not rewritten.
     */
    public Result run(State initial, State onDisk, QuestionTransport transport) throws IOException, RunException {
        Outcome outcome = runner.advance(initial);
        // the finished run the file holds stays until the new one has something to keep
        boolean deferred = onDisk == null && store.heldAState();
        if (!deferred) {
            save(onDisk, outcome.state());
        }
        while (true) {
            if (outcome instanceof Outcome.Finished finished) {
                if (deferred) {
                    save(null, finished.state());
                }
                transport.finished(finished.done());
                return new Result.Done(finished.state(), finished.done());
            }
            Outcome.Asking asking = (Outcome.Asking) outcome;
            QuestionTransport.Reply reply = transport.ask(asking.ask());
            if (reply instanceof QuestionTransport.Reply.Suspended) {
                if (deferred) {
                    save(null, asking.state());
                }
                return new Result.Waiting(asking.state(), asking.ask());
            }
            if (reply instanceof QuestionTransport.Reply.Ended ended) {
                return new Result.Stopped(2, new Envelope.Error(ended.code(), ended.message(), ended.hint()));
            }
            String json = ((QuestionTransport.Reply.Answered) reply).json();
            try {
                Outcome next = runner.answer(asking.state(), parse(json));
                save(deferred ? null : asking.state(), next.state());
                deferred = false;
                outcome = next;
            } catch (InvalidAnswerException e) {
                Envelope.Error error = new Envelope.Error(
                        "INVALID_ANSWER",
                        "Step " + asking.ask().step() + " (phase "
                                + asking.ask().phase() + "): " + e.getMessage(),
                        e.hint());
                if (!transport.rejected(error, asking.ask())) {
                    return new Result.Stopped(2, error);
                }
            }
        }
    }

    private JsonNode parse(String json) throws InvalidAnswerException {
        try {
            return Json.parse(json);
        } catch (JsonProcessingException e) {
            if (Json.duplicateKey(e).isPresent()) {
                String key = Json.duplicateKey(e).get();
                throw new InvalidAnswerException(
                        "The answer names '" + (key.length() > 80 ? key.substring(0, 80) + "..." : key)
                                + "' more than once; which one was meant is not clear.",
                        "Give each key once: {\"answers\":{\"<id>\":\"<option label or free text>\"}}.");
            }
            throw new InvalidAnswerException(
                    // the parser quotes the token it choked on, which may be a credential
                    "The answer is not valid JSON: " + runner.redact(Json.describe(e)) + ".",
                    "Send one JSON object: {\"answers\":{\"<id>\":\"<option label or free text>\"}}.");
        }
    }

    private void save(State before, State after) throws IOException, RunException {
        if (after.equals(before)) {
            return;
        }
        store.save(after, runner.skill());
        if (after.record() != null) {
            Transcript transcript = new Transcript(
                    Transcript.VERSION,
                    after.skill(),
                    after.intake(),
                    after.clock(),
                    after.exchanges(),
                    after.recorded());
            AtomicFiles.write(Path.of(after.record()), Json.pretty(transcript));
        }
    }
}
