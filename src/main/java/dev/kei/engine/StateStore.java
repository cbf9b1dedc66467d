package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.kei.io.AtomicFiles;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes the state file. Writes are atomic (temporary file, fsync, rename), so whatever instant a run is
 * killed at, the file on disk is a whole state: the one before the step or the one after it.
 */
public final class StateStore {
    private final Path file;

    public StateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored state, or empty when there is none yet. */
    public Optional<State> load() throws StateException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateException(
                    "Cannot read the state file " + file + ": " + e.getMessage(), "Check its permissions.");
        }
        try {
            State state = Json.MAPPER.readValue(text, State.class);
            if (state.version() != State.VERSION) {
                throw new StateException(
                        "The state file " + file + " has format version " + state.version()
                                + "; this kei reads version " + State.VERSION + ".",
                        "Start a new run with --state NEW_FILE.");
            }
            if (state.skill() == null || state.skillDigest() == null || state.clock() == null) {
                throw new StateException(
                        "The state file " + file + " lacks skill, skillDigest or clock.",
                        "Start a new run with --state NEW_FILE, or delete " + file + ".");
            }
            return Optional.of(state);
        } catch (JsonProcessingException e) {
            throw new StateException(
                    "The state file " + file + " is not a kei state: " + Json.describe(e) + ".",
                    "Start a new run with --state NEW_FILE, or delete " + file + ".");
        }
    }

    /** Saves {@code state}, then the {@link PendingIndex} of its pending question (or removes a stale one). */
    public void save(State state, dev.kei.skill.Skill skill) throws IOException {
        byte[] bytes = Json.pretty(state).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes, null);
        if (state.pending() != null) {
            String skillRef = state.skillPath() != null ? state.skillPath() : state.skill();
            PendingIndex.write(
                    file,
                    bytes,
                    skillRef,
                    skill.hub(),
                    skill.checksum(),
                    state.out(),
                    Json.line(SkillRunner.envelope(skill.name(), state.pending())));
        } else {
            PendingIndex.delete(file);
        }
    }

    /** A state file that cannot be used, with the next step to take. */
    public static final class StateException extends Exception {
        private final String hint;

        public StateException(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
