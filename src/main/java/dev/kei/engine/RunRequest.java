package dev.kei.engine;

import dev.kei.ask.Transcript;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a transport asks for when a run starts or continues: which skill, which state file and output folder, the
 * intake and clock for a new run, what to do with a run found in the state file, the plugins to run with, and the
 * transcript a replay answers from. {@link Runs#prepare} turns it into a {@link PreparedRun} or refuses it.
 *
 * @param skill a skill's name or hub path, or null for the state file's skill (else the default skill)
 * @param stateFile the state file, absolute
 * @param out where artifacts are written, absolute; null when not given: the output folder the state file's run
 *     records, else the current directory. A run in progress keeps its folder: another one is refused
 * @param intake the app description for a new run; when resuming, it must match the run's (null: no check)
 * @param clock "now" for a new run, ISO-8601; when resuming, it must match the run's (null: the current time, or no
 *     check)
 * @param continuation what to do with the run the state file holds
 * @param plugins the generators, readers and services the run uses
 * @param replay the transcript a replay answers from, or null
 */
public record RunRequest(
        String skill,
        Path stateFile,
        Path out,
        String intake,
        String clock,
        Continuation continuation,
        Plugins plugins,
        Transcript replay) {

    public RunRequest {
        // a transport's wiring error, not the user's: fail at once rather than deep in a run
        Objects.requireNonNull(stateFile, "stateFile");
        Objects.requireNonNull(continuation, "continuation");
        Objects.requireNonNull(plugins, "plugins");
    }

    /** What to do with the run a state file holds. */
    public enum Continuation {
        /** Continue a run in progress; replace a finished one by a new run (a whole run: {@code run}). */
        RESTART_FINISHED,
        /** Continue a run in progress; show a finished one as it is (step mode's {@code next}). */
        KEEP_FINISHED,
        /** Only continue a run whose question is pending (step mode's {@code answer}): anything else is refused. */
        ANSWER_PENDING
    }

    /** Where a run keeps its state when no file is named: {@code <out>/.kei/state.json} (contracts section 1). */
    public static Path defaultStateFile(Path out) {
        return out.resolve(".kei/state.json");
    }

    /** A request for {@code skill} (null for the state's) with no intake or clock, the plugins on the class path. */
    public static RunRequest of(String skill, Path stateFile, Path out, Continuation continuation) {
        return new RunRequest(skill, stateFile, out, null, null, continuation, Plugins.discover(), null);
    }

    public RunRequest withIntake(String intake) {
        return new RunRequest(skill, stateFile, out, intake, clock, continuation, plugins, replay);
    }

    public RunRequest withClock(String clock) {
        return new RunRequest(skill, stateFile, out, intake, clock, continuation, plugins, replay);
    }

    public RunRequest withPlugins(Plugins plugins) {
        return new RunRequest(skill, stateFile, out, intake, clock, continuation, plugins, replay);
    }

    /** This request answering from {@code transcript}, whose intake, clock and skill any given ones must match. */
    public RunRequest replaying(Transcript transcript) {
        return new RunRequest(skill, stateFile, out, intake, clock, continuation, plugins, transcript);
    }
}
