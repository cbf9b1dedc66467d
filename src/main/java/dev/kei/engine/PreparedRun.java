package dev.kei.engine;

import dev.kei.ask.QuestionTransport;
import dev.kei.skill.Skill;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A run that passed every check and is ready for its first (or next) question: the runner for its skill, the state
 * store, the state to continue from and the state the file holds now.
 *
 * @param onDisk the state the file holds (the same as {@code state} when resuming), or null for a new run, so an
 *     unchanged state is not rewritten
 */
public record PreparedRun(SkillRunner runner, StateStore store, State state, State onDisk) {

    public Skill skill() {
        return runner.skill();
    }

    /** The folder the run writes its files into, absolute. */
    public Path out() {
        return runner.out();
    }

    /** Whether this run starts here rather than resuming one from the state file. */
    public boolean isNew() {
        return onDisk == null;
    }

    /** This run, writing its transcript to {@code file} as it goes; refused when that is one of the state's files. */
    public PreparedRun recordingTo(Path file) throws RunException {
        RecordCheck.refuseOverState(file, store.file());
        return new PreparedRun(
                runner,
                store,
                state.recordingTo(file.toAbsolutePath().normalize().toString()),
                onDisk);
    }

    /** Runs over {@code transport} until the skill ends, a question waits, or the run stops. */
    public Session.Result run(QuestionTransport transport) throws IOException, RunException {
        return new Session(runner, store).run(state, onDisk, transport);
    }
}
