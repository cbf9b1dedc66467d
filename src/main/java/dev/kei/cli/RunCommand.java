package dev.kei.cli;

import dev.kei.ask.Transcript;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.engine.TranscriptFile;
import dev.kei.llm.LlmSettings;
import dev.kei.llm.LlmTransport;
import dev.kei.llm.ModelCallException;
import dev.kei.llm.ModelClient;
import dev.kei.llm.ModelRun;
import dev.kei.transport.JsonLinesTransport;
import dev.kei.transport.ReplayTransport;
import dev.kei.transport.TerminalTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A whole run in one process: over a terminal, over stdio JSON lines, through a model, or replayed from a transcript. */
@Command(name = "run", description = "Run a skill to its end over a transport, or replay a recorded transcript.")
final class RunCommand extends SkillCommand {

    /** The transports a whole run can use. */
    enum TransportKind {
        tty,
        stdio,
        llm
    }

    @Option(
            names = "--transport",
            paramLabel = "tty|stdio|llm",
            description =
                    "Who answers: a person (tty), a program (stdio JSON lines) or a model through tool calls (llm).")
    TransportKind transport;

    @Mixin
    LlmOptions llm;

    @Option(names = "--replay", paramLabel = "FILE", description = "Answer every question from a recorded transcript.")
    Path replay;

    @Option(
            names = "--update",
            description = "db-schema: change a finished design. Every earlier answer is kept but the design review,"
                    + " which you answer again (schema text edits, then Approve); db-change then writes the migrations"
                    + " from the old design to the new one.")
    boolean update;

    RunCommand(Console console) {
        super(console);
    }

    @Override
    Reporter reporter() {
        return transport == TransportKind.stdio
                ? Reporter.envelope(console.out(), console.err(), options.verbose)
                : Reporter.human(console.err(), options.verbose);
    }

    @Override
    int execute() throws CliFailure, IOException, RunException {
        if (transport != TransportKind.llm && llm.any()) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "The --llm-* options go with --transport llm.",
                    "Add --transport llm, or leave them out.");
        }
        if (update) {
            return new DesignUpdate(console, this)
                    .run(transport == TransportKind.stdio, replay != null || transport == TransportKind.llm);
        }
        if (replay != null) {
            return replay();
        }
        if (transport == TransportKind.llm) {
            return throughModel();
        }
        BufferedReader in = console.reader();
        if (transport == TransportKind.stdio) {
            return run(prepare(request()), new JsonLinesTransport(in, console.out()), true);
        }
        String intake = options.givenIntake();
        if (intake == null && !options.stateFile().toFile().exists()) {
            console.out().print("Describe the app the database is for, in a line: ");
            console.out().flush();
            intake = in.readLine();
        }
        PreparedRun prepared = prepare(request().withIntake(intake));
        return run(prepared, new TerminalTransport(in, console.out()), true);
    }

    /** A whole run continues the run in progress and replaces a finished one. */
    private RunRequest request() throws CliFailure {
        return options.request(RunRequest.Continuation.RESTART_FINISHED);
    }

    /**
     * The LLM bridge: the model answers every question through tool calls and proposes the schema; everything it
     * answers is validated as any answer is. Stdout carries the {@code done} envelope only; the log goes to stderr.
     */
    private int throughModel() throws CliFailure, IOException, RunException {
        LlmSettings settings = llm.settings(console.env());
        ModelClient client = ModelClient.connect(settings, console.env(), console.err());
        PreparedRun prepared = prepare(ModelRun.proposing(request(), client));
        console.err()
                .println("llm: model " + settings.model() + " at " + settings.host() + "; API key from "
                        + settings.apiKey() + "; up to " + settings.attempts() + " answers per question.");
        LlmTransport transport = ModelRun.transport(prepared, client, console.out(), console.err());
        try {
            return run(prepared, transport, false);
        } catch (ModelCallException e) {
            CliFailure failure = new CliFailure(1, e.code(), e.getMessage(), e.hint());
            failure.initCause(e); // --verbose shows what the HTTP client saw
            throw failure;
        }
    }

    private int replay() throws CliFailure, IOException, RunException {
        if (transport != null) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "--replay answers from the transcript; it does not take --transport.",
                    "Leave out --transport.");
        }
        Transcript t = TranscriptFile.read(replay);
        // the engine checks that a given skill, intake or clock agrees with the transcript's
        PreparedRun prepared = prepare(request().replaying(t));
        ReplayTransport replayer =
                new ReplayTransport(t, prepared.state().exchanges().size(), console.err());
        int code = run(prepared, replayer, false);
        if (code == 0 && replayer.leftOver().isPresent()) {
            reporter().failure(replayer.leftOver().get(), null);
            return ExitCode.USAGE;
        }
        if (code == 0) {
            console.err().println("Replayed " + replay + " into " + prepared.out());
        }
        return code;
    }
}
