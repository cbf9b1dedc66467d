package dev.kei.cli;

import dev.kei.ask.QuestionTransport;
import dev.kei.engine.FinishedRuns;
import dev.kei.engine.PreparedRun;
import dev.kei.engine.RunException;
import dev.kei.engine.RunRequest;
import dev.kei.engine.State;
import dev.kei.transport.JsonLinesTransport;
import dev.kei.transport.KeptAnswers;
import dev.kei.transport.TerminalTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code run db-schema --update} (issue 16): the finished design run again with every earlier answer kept but the
 * design review (REVIEW), which the person answers anew (schema text edits, then Approve), into kei's staging folder
 * {@code .kei/update/}; then db-change with that design as its target ({@code --to}), on the same transport, which
 * writes the safe migrations from the project's db/schema.sql to it. The project's init migration is never touched:
 * the staged run's own files stay in the staging folder. The new design becomes the kept db-schema run once the change
 * is written, so the next update starts from it.
 */
final class DesignUpdate {
    /** The question the person answers again: phase 3's design review, where schema text edits change the design. */
    static final Set<String> TO_CHANGE = Set.of("review");

    private final Console console;
    private final RunCommand command;

    DesignUpdate(Console console, RunCommand command) {
        this.console = console;
        this.command = command;
    }

    int run(boolean stdio, boolean unsupported) throws CliFailure, IOException, RunException {
        SkillOptions options = command.options;
        if (unsupported) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "--update asks the questions to change over the terminal or stdio.",
                    "Leave out --replay and --transport llm, or use --transport stdio.");
        }
        if (options.skill != null && !options.skill.equals("db-schema")) {
            throw new CliFailure(
                    2, "USAGE", "--update changes a db-schema design.", "Run: kei-skill run db-schema --update");
        }
        if (options.plan != null || options.intake != null) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "--update keeps the finished run's intake; it takes no --intake or --plan.",
                    "Leave them out.");
        }
        Path stateFile = options.stateFile();
        State before = FinishedRuns.of(stateFile, "db-schema")
                .orElseThrow(() -> new CliFailure(
                        2,
                        "NO_RUN",
                        "There is no finished db-schema run in " + stateFile.getParent() + " to update.",
                        "Design the schema first: kei-skill run db-schema"));
        Path out = options.outDir();
        Path staging = out.resolve(".kei").resolve("update");
        Path stagedState = staging.resolve(".kei").resolve("state.json");
        BufferedReader in = console.reader();
        QuestionTransport person =
                stdio ? new JsonLinesTransport(in, console.out()) : new TerminalTransport(in, console.out());

        console.err()
                .println("update: the db-schema run of \"" + before.intake() + "\" again in " + staging
                        + ", every answer kept but the design review.");
        PreparedRun design = command.prepare(
                RunRequest.of("db-schema", stagedState, staging, RunRequest.Continuation.RESTART_FINISHED)
                        .withIntake(before.intake())
                        .withClock(options.clock));
        int code = command.run(design, new KeptAnswers(person, before.exchanges(), TO_CHANGE, console.err()), stdio);
        if (code != 0) {
            return code;
        }
        Path target = staging.resolve("db").resolve("schema.sql");
        console.err().println("update: db-change from db/schema.sql to the new design " + target + ".");
        PreparedRun change =
                command.prepare(RunRequest.of("db-change", stateFile, out, RunRequest.Continuation.RESTART_FINISHED)
                        .withIntake("to " + target)
                        .withClock(options.clock));
        code = command.run(change, person, stdio);
        if (code == 0) {
            FinishedRuns.keep(stateFile, "db-schema", Files.readAllBytes(stagedState));
        }
        return code;
    }
}
