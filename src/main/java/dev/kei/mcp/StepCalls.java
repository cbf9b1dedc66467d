package dev.kei.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Envelope;
import dev.kei.engine.Environment;
import dev.kei.engine.Plugins;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.engine.Runs;
import dev.kei.engine.Session;
import dev.kei.engine.StateLock;
import dev.kei.io.Json;
import dev.kei.redact.Redactor;
import dev.kei.skill.FreeTextQuestions;
import dev.kei.transport.StepTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The MCP tools' work, without the SDK: each call is one step-mode call ({@code next} or {@code answer}) through
 * the engine's run API, under the state's lock, and returns exactly the envelope step mode would print. The state
 * file is the only memory between calls.
 */
final class StepCalls {
    /** The largest answer accepted, as {@code bin/kei-skill answer} accepts on stdin. */
    static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Map<String, String> env;
    private final PrintStream log;

    StepCalls(Map<String, String> env, PrintStream log) {
        this.env = Map.copyOf(env);
        this.log = log;
    }

    /**
     * What a call printed: one envelope line, whether it is an {@code error}, and a note for the assistant beside it
     * (why a form went unanswered, which questions take free text), or null.
     */
    record Printed(String envelope, boolean error, String note) {
        static Printed of(Envelope.Error error) {
            return new Printed(Json.line(error), true, null);
        }
    }

    /**
     * {@code next}: starts a run in {@code out} or shows the pending question of the one there (same skill,
     * intake and clock, else refused with the engine's message); a finished run is replaced, as {@code run} does.
     */
    Printed start(String skill, String intake, Path out, String clock, Optional<Forms> forms) {
        RunRequest request = RunRequest.of(
                        skill, RunRequest.defaultStateFile(out), out, RunRequest.Continuation.RESTART_FINISHED)
                .withIntake(intake)
                .withClock(clock);
        return call(request, Optional.empty(), forms);
    }

    /** {@code answer}: hands {@code answersJson} ({@code {"answers":{...}}}) to the run in {@code out}. */
    Printed answer(Path out, String answersJson, Optional<Forms> forms) {
        if (answersJson.getBytes(StandardCharsets.UTF_8).length > MAX_ANSWER_BYTES) {
            return Printed.of(new Envelope.Error(
                    "INVALID_ANSWER", "The answer is larger than 1 MiB.", "Send one JSON object of answers."));
        }
        RunRequest request =
                RunRequest.of(null, RunRequest.defaultStateFile(out), out, RunRequest.Continuation.ANSWER_PENDING);
        return call(request, Optional.of(answersJson), forms);
    }

    /** {@code next} on a run that exists: where it stands; never starts one. */
    Printed status(Path out) {
        Path state = RunRequest.defaultStateFile(out);
        if (!Files.exists(state)) {
            return Printed.of(new Envelope.Error(
                    "NO_RUN",
                    "No run is in progress: " + state + " does not exist.",
                    "Start one with the kei_start tool."));
        }
        return call(
                RunRequest.of(null, state, out, RunRequest.Continuation.KEEP_FINISHED),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * One call: {@code answer} (kei_answer's) goes first; then the questions go to {@code forms} when the client
     * fills them in, else the first is printed for the caller to answer in its next call (step mode).
     */
    private Printed call(RunRequest request, Optional<String> answer, Optional<Forms> forms) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (StateLock lock = StateLock.acquire(request.stateFile())) {
            Plugins plugins = request.plugins()
                    .with(Redactor.class, Redactor.of(env))
                    .with(Environment.class, Environment.of(env));
            PreparedRun prepared = Runs.prepare(request.withPlugins(plugins), log);
            FreeTextHints hints =
                    new FreeTextHints(prepared.skill().name(), FreeTextQuestions.of(prepared.skill()), plugins);
            Optional<FormTransport> formTransport = forms.map(f -> new FormTransport(out, answer, f, hints));
            Session.Result result =
                    prepared.run(formTransport.isPresent() ? formTransport.get() : new StepTransport(out, answer));
            if (result instanceof Session.Result.Stopped stopped) {
                // the transports print a rejected answer themselves; any other stop is reported here
                return stopped.error().code().equals("INVALID_ANSWER") && printed.size() > 0
                        ? new Printed(firstLine(printed), true, null)
                        : Printed.of(stopped.error());
            }
            String line = firstLine(printed);
            return new Printed(line, false, note(line, formTransport.map(FormTransport::stopped), hints));
        } catch (RunException e) {
            return Printed.of(new Envelope.Error(e.code(), e.getMessage(), e.hint()));
        } catch (IOException | UncheckedIOException e) {
            return Printed.of(new Envelope.Error(
                    "IO_ERROR",
                    "Reading or writing a file failed: " + e.getMessage(),
                    "Check the paths and permissions, then call the tool again."));
        }
    }

    /** Why forms stopped, then which questions of a pending ask take free text; null when there is nothing to say. */
    private static String note(String line, Optional<String> stopped, FreeTextHints hints) throws IOException {
        JsonNode envelope = Json.parse(line);
        String freeText = envelope.path("type").asText().equals("ask") ? hints.note(envelope) : null;
        String why = stopped.orElse(null);
        if (why == null || freeText == null) {
            return why == null ? freeText : why;
        }
        return why + "\n\n" + freeText;
    }

    private static String firstLine(ByteArrayOutputStream printed) {
        String text = printed.toString(StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
