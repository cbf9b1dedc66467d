package dev.kei.cli;

import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.engine.Environment;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RecordCheck;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.engine.Runs;
import dev.kei.engine.Session;
import dev.kei.engine.StateLock;
import dev.kei.redact.Redactor;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** What the skill commands share: the options, the console, and turning a session's end into an exit code. */
abstract class SkillCommand implements Callable<Integer> {
    @Mixin
    SkillOptions options;

    @Mixin
    HelpOption help;

    final Console console;

    SkillCommand(Console console) {
        this.console = console;
    }

    /** How this command reports a failure. */
    abstract Reporter reporter();

    /** The command's work; a {@link CliFailure} becomes a report and its exit code. */
    abstract int execute() throws CliFailure, IOException, RunException;

    @Override
    public final Integer call() {
        try {
            if (options.record != null) {
                RecordCheck.refuseOverState(options.record, options.stateFile());
            }
            // one call at a time on a state: a second one stops before it reads or writes anything
            try (StateLock lock = StateLock.acquire(options.stateFile())) {
                return execute();
            }
        } catch (CliFailure e) {
            reporter().failure(new Envelope.Error(e.code(), e.getMessage(), e.hint()), e);
            return ExitCode.of(e);
        } catch (RunException e) {
            reporter().failure(new Envelope.Error(e.code(), e.getMessage(), e.hint()), e);
            return ExitCode.of(e);
        } catch (IOException | java.io.UncheckedIOException e) {
            reporter()
                    .failure(
                            new Envelope.Error(
                                    "IO_ERROR",
                                    "Reading or writing a file failed: " + e.getMessage(),
                                    "Check the paths and permissions, then run the command again."),
                            e);
            return ExitCode.of(e);
        }
    }

    /** The run {@code request} asks for, through the engine's one run policy; progress goes to stderr. */
    PreparedRun prepare(RunRequest request) throws RunException {
        // credentials are masked with this command's environment (DATABASE_URL's password and the like)
        Redactor redactor = Redactor.of(console.env());
        return Runs.prepare(
                request.withPlugins(request.plugins()
                        .with(Redactor.class, redactor)
                        .with(Environment.class, Environment.of(console.env()))),
                console.err());
    }

    /** Runs the session and maps its end to an exit code; a stop is reported unless the transport showed it. */
    int run(PreparedRun prepared, QuestionTransport transport, boolean transportShowsErrors)
            throws IOException, RunException {
        PreparedRun run = options.record == null ? prepared : prepared.recordingTo(options.record);
        Session.Result result = run.run(transport);
        if (result instanceof Session.Result.Stopped stopped) {
            if (!transportShowsErrors || !stopped.error().code().equals("INVALID_ANSWER")) {
                reporter().failure(stopped.error(), null);
            }
            return stopped.exitCode();
        }
        return 0;
    }
}
