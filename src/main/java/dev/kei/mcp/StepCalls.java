package dev.kei.mcp;

import dev.kei.ask.Envelope;
import dev.kei.engine.Environment;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.engine.Runs;
import dev.kei.engine.Session;
import dev.kei.engine.StateLock;
import dev.kei.io.Json;
import dev.kei.redact.Redactor;
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

    /** What a call printed: one envelope line, and whether it is an {@code error}. */
    record Printed(String envelope, boolean error) {
        static Printed of(Envelope.Error error) {
            return new Printed(Json.line(error), true);
        }
    }

    /**
     * {@code next}: starts a run in {@code out} or shows the pending question of the one there (same skill,
     * intake and clock, else refused with the engine's message); a finished run is replaced, as {@code run} does.
     */
    Printed start(String skill, String intake, Path out, String clock) {
        RunRequest request = RunRequest.of(
                        skill, RunRequest.defaultStateFile(out), out, RunRequest.Continuation.RESTART_FINISHED)
                .withIntake(intake)
                .withClock(clock);
        return call(request, Optional.empty());
    }

    /** {@code answer}: hands {@code answersJson} ({@code {"answers":{...}}}) to the run in {@code out}. */
    Printed answer(Path out, String answersJson) {
        if (answersJson.getBytes(StandardCharsets.UTF_8).length > MAX_ANSWER_BYTES) {
            return Printed.of(new Envelope.Error(
                    "INVALID_ANSWER", "The answer is larger than 1 MiB.", "Send one JSON object of answers."));
        }
        RunRequest request =
                RunRequest.of(null, RunRequest.defaultStateFile(out), out, RunRequest.Continuation.ANSWER_PENDING);
        return call(request, Optional.of(answersJson));
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
        return call(RunRequest.of(null, state, out, RunRequest.Continuation.KEEP_FINISHED), Optional.empty());
    }

    private Printed call(RunRequest request, Optional<String> answer) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (StateLock lock = StateLock.acquire(request.stateFile())) {
            PreparedRun prepared = Runs.prepare(
                    request.withPlugins(request.plugins()
                            .with(Redactor.class, Redactor.of(env))
                            .with(Environment.class, Environment.of(env))),
                    log);
            Session.Result result = prepared.run(new StepTransport(out, answer));
            if (result instanceof Session.Result.Stopped stopped) {
                // step mode's transport prints a rejected answer itself; any other stop is reported here
                return stopped.error().code().equals("INVALID_ANSWER") && printed.size() > 0
                        ? new Printed(firstLine(printed), true)
                        : Printed.of(stopped.error());
            }
            return new Printed(firstLine(printed), false);
        } catch (RunException e) {
            return Printed.of(new Envelope.Error(e.code(), e.getMessage(), e.hint()));
        } catch (IOException | UncheckedIOException e) {
            return Printed.of(new Envelope.Error(
                    "IO_ERROR",
                    "Reading or writing a file failed: " + e.getMessage(),
                    "Check the paths and permissions, then call the tool again."));
        }
    }

    private static String firstLine(ByteArrayOutputStream printed) {
        String text = printed.toString(StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
