package dev.kei.engine;

import dev.kei.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last finished run of each skill in a state folder, kept when another skill's run takes the state file
 * ({@code <skill>.finished.json} beside it): what {@code db-schema --update} re-runs from after db-change ran in the
 * project.
 */
public final class FinishedRuns {
    private FinishedRuns() {}

    /** Where the last finished run of {@code skill} is kept, beside {@code stateFile}. */
    public static Path archive(Path stateFile, String skill) {
        return stateFile.resolveSibling(skill + ".finished.json");
    }

    /** Keeps {@code finished}, the bytes of a finished run of {@code skill}, beside {@code stateFile}. */
    public static void keep(Path stateFile, String skill, byte[] finished) throws IOException {
        AtomicFiles.write(archive(stateFile, skill), finished, null);
    }

    /**
     * The last finished run of {@code skill}: the state file's when it holds one, else the kept one; empty when
     * neither does.
     */
    public static Optional<State> of(Path stateFile, String skill) throws RunException {
        for (Path file : new Path[] {stateFile, archive(stateFile, skill)}) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<State> state;
            try {
                state = new StateStore(file).load();
            } catch (StateStore.StateException e) {
                throw Refusal.usage("INVALID_STATE", e.getMessage(), e.hint());
            }
            if (state.isPresent() && state.get().done() && state.get().skill().equals(skill)) {
                return state;
            }
        }
        return Optional.empty();
    }
}
