package dev.kei.cli;

import dev.kei.engine.Plugins;
import dev.kei.engine.RunException;
import dev.kei.engine.SkillRunner;
import dev.kei.engine.State;
import dev.kei.engine.StateStore;
import dev.kei.skill.MarkdownSkillLoader;
import dev.kei.skill.Skill;
import dev.kei.skill.SkillCatalog;
import dev.kei.skill.SkillFormatException;
import dev.kei.spelling.DidYouMean;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Everything a skill command does before the first question: find and load the skill, read the state file and
 * check that it belongs to this skill and this version of its files, or start a new state.
 */
final class RunSetup {
    private static final int MAX_INTAKE = 4000;

    private RunSetup() {}

    /** A loaded skill, its runner, the state store and the state to continue from. */
    /** {@code onDisk} is the state the file holds (the same as {@code state} when resuming), or null. */
    record Prepared(SkillRunner runner, StateStore store, State state, State onDisk) {}

    /**
     * @param restartWhenDone whether a finished state is replaced by a new run ({@code run}) or shown as it is
     *     ({@code next})
     * @param intake the intake to start with when there is no state (a transcript's, or the flag's)
     * @param clock likewise for the clock
     */
    static Prepared prepare(SkillOptions o, PrintStream log, boolean restartWhenDone, String intake, String clock)
            throws CliFailure {
        return prepare(o, log, restartWhenDone, intake, clock, Plugins.discover());
    }

    /** Like the other {@code prepare}, with the plugins (and the services they carry) the run is to use. */
    static Prepared prepare(
            SkillOptions o, PrintStream log, boolean restartWhenDone, String intake, String clock, Plugins plugins)
            throws CliFailure {
        StateStore store = new StateStore(o.stateFile());
        Optional<State> existing;
        try {
            existing = store.load();
        } catch (StateStore.StateException e) {
            throw new CliFailure(2, "INVALID_STATE", e.getMessage(), e.hint());
        }
        if (existing.isPresent() && existing.get().done() && restartWhenDone) {
            log.println("The run in " + store.file() + " is finished; starting a new one.");
            existing = Optional.empty();
        }
        String name = o.skill != null
                ? o.skill
                : existing.map(s -> s.skillPath() != null ? s.skillPath() : s.skill())
                        .orElse(SkillCatalog.DEFAULT_SKILL);
        Skill skill = load(name);
        SkillRunner runner;
        try {
            runner = new SkillRunner(skill, plugins, o.outDir(), log);
        } catch (RunException e) {
            throw new CliFailure(1, e.code(), e.getMessage(), e.hint());
        }
        if (existing.isPresent()) {
            State resumed = resume(existing.get(), skill, store.file(), intake, clock);
            return new Prepared(runner, store, resumed, resumed);
        }
        String skillPath = SkillCatalog.isPath(name) ? skill.hub().toString() : null;
        return new Prepared(runner, store, runner.start(intake(intake), clock(clock), skillPath), null);
    }

    private static State resume(State state, Skill skill, Path file, String intake, String clock) throws CliFailure {
        String fresh = "Delete " + file + " to start over, or pass --state NEW_FILE.";
        if (!state.skill().equals(skill.name())) {
            throw new CliFailure(
                    2,
                    "STATE_MISMATCH",
                    "The state file " + file + " belongs to skill " + state.skill() + ", not " + skill.name() + ".",
                    fresh);
        }
        if (!state.skillDigest().equals(skill.digest())) {
            throw new CliFailure(
                    2,
                    "SKILL_CHANGED",
                    "The state file " + file + " was made by a different version of"
                            + " the " + skill.name() + " skill's files (" + shortDigest(state.skillDigest()) + ", now "
                            + shortDigest(skill.digest()) + "); resuming could mix two versions' questions.",
                    fresh);
        }
        if (intake != null && !intake.strip().equals(state.intake())) {
            throw new CliFailure(
                    2,
                    "STATE_MISMATCH",
                    "A run with another intake is in progress in " + file + ".",
                    "Leave out --intake to continue it. " + fresh);
        }
        if (clock != null && !clock(clock).equals(state.clock())) {
            throw new CliFailure(
                    2,
                    "STATE_MISMATCH",
                    "The run in " + file + " started with clock " + state.clock() + ", not " + clock + ".",
                    "Leave out --clock to continue it. " + fresh);
        }
        return state;
    }

    static Skill load(String name) throws CliFailure {
        SkillCatalog catalog = SkillCatalog.fromEnvironment();
        Path hub = catalog.hub(name)
                .orElseThrow(() -> new CliFailure(
                        2,
                        "UNKNOWN_SKILL",
                        "No skill named '" + name + "' in " + catalog.home() + "."
                                + DidYouMean.hint(name, catalog.names()),
                        "Known skills: " + String.join(", ", catalog.names()) + "."));
        try {
            return MarkdownSkillLoader.load(hub);
        } catch (SkillFormatException e) {
            throw new CliFailure(
                    1,
                    "INVALID_SKILL",
                    "The skill cannot be loaded: " + e.getMessage(),
                    "Fix the skill file; `mvn test` checks every phase.");
        }
    }

    static String intake(String intake) throws CliFailure {
        if (intake == null || intake.isBlank()) {
            throw new CliFailure(
                    2,
                    "MISSING_INTAKE",
                    "No run is in progress and no intake was given.",
                    "Start one with --intake \"a bookshop with authors, books and orders\".");
        }
        String text = intake.strip();
        if (text.length() > MAX_INTAKE) {
            throw new CliFailure(
                    2,
                    "INVALID_INTAKE",
                    "The intake is longer than " + MAX_INTAKE + " characters.",
                    "Describe the app in a line or two; details come in the questions.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw new CliFailure(2, "INVALID_INTAKE", "The intake holds control characters.", "Pass plain text.");
        }
        return text;
    }

    /** The canonical form of a clock: a UTC instant to the second. Now, when none is given. */
    static String clock(String clock) throws CliFailure {
        if (clock == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        }
        try {
            return OffsetDateTime.parse(clock.strip())
                    .toInstant()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        } catch (DateTimeParseException e) {
            throw new CliFailure(
                    2,
                    "INVALID_CLOCK",
                    "--clock '" + clock + "' is not an ISO-8601 date-time.",
                    "Pass e.g. --clock 2026-11-21T10:00:00Z.");
        }
    }

    private static String shortDigest(String digest) {
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
