package dev.kei.cli;

import dev.kei.engine.RunRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every skill command shares (contracts section 1). */
public final class SkillOptions {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "SKILL",
            description = "The skill to run (default: db-schema).")
    String skill;

    @Option(names = "--state", paramLabel = "FILE", description = "The state file (default: <out>/.kei/state.json).")
    Path state;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where artifacts are written (default: current directory).")
    Path out;

    @Option(names = "--intake", paramLabel = "TEXT", description = "The app to design a database for, in one line.")
    String intake;

    @Option(
            names = "--plan",
            paramLabel = "FILE",
            description = "db-change: start from a seed-002 style YAML plan (instead of --intake).")
    Path plan;

    @Option(
            names = "--to",
            paramLabel = "FILE",
            description =
                    "db-change: start from a target schema (SQL, as db/schema.sql), diffed against the current one.")
    Path to;

    @Option(names = "--clock", paramLabel = "ISO-8601", description = "Fixes \"now\", e.g. 2026-11-21T10:00:00Z.")
    String clock;

    @Option(names = "--record", paramLabel = "FILE", description = "Write the run's transcript to FILE as it goes.")
    Path record;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    Path outDir() {
        return (out == null ? Path.of("") : out).toAbsolutePath().normalize();
    }

    Path stateFile() {
        return state != null ? state.toAbsolutePath().normalize() : RunRequest.defaultStateFile(outDir());
    }

    /** The run these options ask for, with the intake and clock as given on the command line. */
    RunRequest request(RunRequest.Continuation continuation) throws CliFailure {
        // no --out: a run in progress keeps the folder it records, a new one takes the current directory
        return RunRequest.of(skill, stateFile(), out == null ? null : outDir(), continuation)
                .withIntake(givenIntake())
                .withClock(clock);
    }

    /** The intake the flags give: {@code plan FILE} for --plan, {@code to FILE} for --to (db-change), else --intake. */
    String givenIntake() throws CliFailure {
        if (plan != null && to != null) {
            throw new CliFailure(
                    2,
                    "USAGE",
                    "--plan and --to are two ways to say the change; give one.",
                    "Run db-change with --plan PLAN.yaml, or with --to target.sql.");
        }
        return plan != null ? "plan " + plan : to != null ? "to " + to : intake;
    }
}
