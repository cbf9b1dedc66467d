package dev.kei.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A transcript is never recorded over the files a run keeps beside its state (the state, its {@code .next} index,
 * its {@code .lock}): the recording would destroy the run. Paths are compared as the file system resolves them, so
 * {@code ./x/../state.json} or a symbolic link to the state is caught too.
 */
public final class RecordCheck {
    private RecordCheck() {}

    /** Refuses (exit code 2) a {@code record} file that is one of {@code stateFile}'s. */
    public static void refuseOverState(Path record, Path stateFile) throws RunException {
        Path target = real(record);
        Path state = stateFile.toAbsolutePath().normalize();
        Path[] own = {state, PendingIndex.of(state), StateLock.of(state)};
        String[] what = {"state file", "pending index", "lock file"};
        for (int i = 0; i < own.length; i++) {
            if (target.equals(real(own[i]))) {
                throw Refusal.usage(
                        "USAGE",
                        "--record " + record + " is the run's " + what[i] + " " + own[i]
                                + "; recording there would destroy the run.",
                        "Record to a file of its own, e.g. --record run.transcript.json.");
            }
        }
    }

    /** {@code p} with every link resolved, as far as it exists; the rest as written, normalised. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            Path parent = abs.getParent();
            return parent == null
                    ? abs.normalize()
                    : real(parent).resolve(abs.getFileName()).normalize();
        }
    }
}
