package dev.kei.engine;

import dev.kei.skill.Skill;
import dev.kei.skill.SkillCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a run starts or continues, the one policy every transport calls (step mode, stdio, a terminal, a replay, a
 * model, an MCP server): read the state file, find and load the skill, check that a stored run may continue, or
 * check the intake and clock of a new one. Every refusal is a {@link RunException} with the code an {@code error}
 * envelope carries.
 */
public final class Runs {
    private Runs() {}

    /**
     * The run {@code request} asks for, ready for its first (or next) question; {@code log} gets progress (e.g. a
     * finished run being replaced) and is what the run's generators log to.
     */
    public static PreparedRun prepare(RunRequest request, PrintStream log) throws RunException {
        if (request.replay() == null) {
            return fromState(request, log);
        }
        return ReplayCheck.run(fromState(ReplayCheck.inputs(request), log), request.replay());
    }

    private static PreparedRun fromState(RunRequest request, PrintStream log) throws RunException {
        StateStore store = new StateStore(request.stateFile());
        Optional<State> existing = stored(store);
        RunRequest.Continuation continuation = request.continuation();
        if (existing.isEmpty() && continuation == RunRequest.Continuation.ANSWER_PENDING) {
            throw Refusal.usage(
                    "NO_RUN",
                    "No run is in progress: " + store.file() + " does not exist.",
                    "Start one with: kei-skill next --intake \"...\"");
        }
        if (existing.isPresent() && existing.get().done() && continuation == RunRequest.Continuation.RESTART_FINISHED) {
            log.println("The run in " + store.file() + " is finished; starting a new one.");
            existing = Optional.empty();
        }
        String name = request.skill() != null
                ? request.skill()
                : existing.map(s -> s.skillPath() != null ? s.skillPath() : s.skill())
                        .orElse(SkillCatalog.DEFAULT_SKILL);
        Skill skill = SkillLookup.load(name);
        // db-change after db-schema in one project: a finished run of another skill gives way to the one named (an
        // unfinished one is still refused, its questions are waiting)
        if (existing.isPresent()
                && existing.get().done()
                && request.skill() != null
                && !existing.get().skill().equals(skill.name())
                && continuation != RunRequest.Continuation.ANSWER_PENDING) {
            log.println("The " + existing.get().skill() + " run in " + store.file() + " is finished (kept as "
                    + FinishedRuns.archive(store.file(), existing.get().skill()).getFileName() + "); starting "
                    + skill.name() + ".");
            try {
                FinishedRuns.keep(store.file(), existing.get().skill(), Files.readAllBytes(store.file()));
            } catch (IOException e) {
                throw Refusal.failure(
                        "IO_ERROR",
                        "The finished run in " + store.file() + " could not be kept: " + e.getMessage(),
                        "Check the folder's permissions, or pass --state NEW_FILE.");
            }
            existing = Optional.empty();
        }
        Path out = OutFolder.of(request.out(), existing, store.file());
        SkillRunner runner = new SkillRunner(skill, request.plugins(), out, log);
        if (existing.isEmpty()) {
            String skillPath = SkillCatalog.isPath(name) ? skill.hub().toString() : null;
            State start = runner.start(RunInputs.intake(request.intake()), RunInputs.clock(request.clock()), skillPath);
            return new PreparedRun(runner, store, start, null);
        }
        State stored = existing.get();
        ResumeCheck.resume(stored, skill, store.file(), runner.redact(request.intake()), request.clock());
        ResumeCheck.sameOut(stored, request.out(), store.file());
        StateCheck.check(stored, skill, store.file());
        // a state written before it recorded its folder records it at its next write
        State resumed = stored.out() == null ? stored.writingTo(out.toString()) : stored;
        if (continuation == RunRequest.Continuation.ANSWER_PENDING && resumed.pending() == null) {
            throw Refusal.usage(
                    "NO_QUESTION",
                    resumed.done() ? "The run is done; there is no question to answer." : "No question is pending.",
                    "Run `kei-skill next` to see where the run stands.");
        }
        return new PreparedRun(runner, store, resumed, stored);
    }

    private static Optional<State> stored(StateStore store) throws RunException {
        try {
            return store.load();
        } catch (StateStore.StateException e) {
            throw Refusal.usage("INVALID_STATE", e.getMessage(), e.hint());
        }
    }
}
