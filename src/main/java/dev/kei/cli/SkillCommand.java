package dev.kei.cli;

import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.engine.RunException;
import dev.kei.engine.Session;
import dev.kei.engine.State;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** What the skill commands share: the options, the console, and turning a session's end into an exit code. */
abstract class SkillCommand implements Callable<Integer> {
    @Mixin
    SkillOptions options;

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
            return execute();
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

    /** Runs the session and maps its end to an exit code; a stop is reported unless the transport showed it. */
    int run(RunSetup.Prepared prepared, QuestionTransport transport, boolean transportShowsErrors)
            throws IOException, RunException {
        Session session = new Session(prepared.runner(), prepared.store());
        State state = options.record == null
                ? prepared.state()
                : prepared.state()
                        .recordingTo(options.record.toAbsolutePath().normalize().toString());
        Session.Result result = session.run(state, prepared.onDisk(), transport);
        if (result instanceof Session.Result.Stopped stopped) {
            if (!transportShowsErrors || !stopped.error().code().equals("INVALID_ANSWER")) {
                reporter().failure(stopped.error(), null);
            }
            return stopped.exitCode();
        }
        return 0;
    }
}
