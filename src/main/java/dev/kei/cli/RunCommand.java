package dev.kei.cli;

import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.engine.RunException;
import dev.kei.transport.JsonLinesTransport;
import dev.kei.transport.ReplayTransport;
import dev.kei.transport.TerminalTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A whole run in one process: over a terminal, over stdio JSON lines, or replayed from a transcript. */
@Command(name = "run", description = "Run a skill to its end over a transport, or replay a recorded transcript.")
final class RunCommand extends SkillCommand {

    /** The transports a whole run can use. */
    enum TransportKind {
        tty,
        stdio
    }

    @Option(
            names = "--transport",
            paramLabel = "tty|stdio",
            description = "Who answers: a person (tty) or a program (stdio JSON lines).")
    TransportKind transport;

    @Option(names = "--replay", paramLabel = "FILE", description = "Answer every question from a recorded transcript.")
    Path replay;

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
        if (replay != null) {
            return replay();
        }
        BufferedReader in = console.reader();
        if (transport == TransportKind.stdio) {
            RunSetup.Prepared prepared = RunSetup.prepare(options, console.err(), true, options.intake, options.clock);
            return run(prepared, new JsonLinesTransport(in, console.out()), true);
        }
        String intake = options.intake;
        if (intake == null && !options.stateFile().toFile().exists()) {
            console.out().print("Describe the app the database is for, in a line: ");
            console.out().flush();
            intake = in.readLine();
        }
        RunSetup.Prepared prepared = RunSetup.prepare(options, console.err(), true, intake, options.clock);
        return run(prepared, new TerminalTransport(in, console.out()), true);
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
        if (options.skill == null) {
            options.skill = t.skill();
        }
        if (options.intake != null && !options.intake.strip().equals(t.intake())) {
            throw new CliFailure(2, "USAGE", "--intake differs from the transcript's intake.", "Leave out --intake.");
        }
        if (options.clock != null && !RunSetup.clock(options.clock).equals(RunSetup.clock(t.clock()))) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "--clock differs from the transcript's clock " + t.clock() + ".",
                    "Leave out --clock: a transcript carries its own, so a replay is reproducible.");
        }
        RunSetup.Prepared prepared = RunSetup.prepare(options, console.err(), true, t.intake(), t.clock());
        String skill = prepared.runner().skill().name();
        if (!skill.equals(t.skill())) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "The transcript is for skill " + t.skill() + ", not " + skill + ".",
                    "Leave out SKILL, or replay a transcript of " + skill + ".");
        }
        if (prepared.onDisk() == null) {
            // what the recording run took from a model, the replay takes from the transcript
            prepared = new RunSetup.Prepared(
                    prepared.runner(), prepared.store(), prepared.state().withRecorded(t.recorded()), null);
        }
        QuestionTransport replayer =
                new ReplayTransport(t, prepared.state().exchanges().size(), console.err());
        int code = run(prepared, replayer, false);
        if (code == 0) {
            console.err().println("Replayed " + replay + " into " + options.outDir());
        }
        return code;
    }
}
