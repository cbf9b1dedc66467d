package dev.kei.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kei.io.AtomicFiles;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes the state file. Writes are atomic (temporary file, fsync, rename), so whatever instant a run is
 * killed at, the file on disk is a whole state: the one before the step or the one after it. A write is a
 * compare-and-swap: it is refused (STATE_CHANGED) when the file no longer holds what this store last read or wrote,
 * so of two calls racing on one state the second cannot overwrite the first one's answer.
 */
public final class StateStore {
    /** What {@link #expected} holds when the file did not exist. */
    private static final byte[] ABSENT = new byte[0];

    private final Path file;

    /** The digest of the bytes this store last read or wrote, {@link #ABSENT}, or null before any load. */
    private byte[] expected;

    public StateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Whether the file held a state (valid or not) when this store loaded it. */
    boolean heldAState() {
        return expected != null && expected != ABSENT;
    }

    /** The stored state, or empty when there is none yet. */
    public Optional<State> load() throws StateException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            expected = ABSENT;
            return Optional.empty();
        } catch (IOException e) {
            throw new StateException(
                    "Cannot read the state file " + file + ": " + e.getMessage(), "Check its permissions.");
        }
        expected = digest(bytes);
        try {
            State state = Json.MAPPER.readValue(new String(bytes, StandardCharsets.UTF_8), State.class);
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
                    "The state file " + file + " is not a kei state: " + describe(e) + ".",
                    "Start a new run with --state NEW_FILE, or delete " + file + ".");
        }
    }

    /** A parse error with the field it is about ({@code answers.DB.freeText}), not the Java types behind it. */
    private static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return e instanceof ValueInstantiationException ? "a value is missing or null" : Json.describe(e);
        }
        String field = m.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (e instanceof ValueInstantiationException) {
            return "field " + field + " is incomplete (a value is missing or null)";
        }
        return "field " + field + ": " + Json.describe(e);
    }

    /**
     * Saves {@code state}, then the {@link PendingIndex} of its pending question (or removes a stale one); refused
     * with STATE_CHANGED, writing nothing, when another call changed the file since this store read it.
     */
    public void save(State state, dev.kei.skill.Skill skill) throws IOException, RunException {
        byte[] bytes = Json.pretty(state).getBytes(StandardCharsets.UTF_8);
        if (expected != null && !Arrays.equals(expected, current())) {
            throw changed(file);
        }
        AtomicFiles.write(file, bytes, null);
        expected = digest(bytes);
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

    /** The refusal of a call that lost a race on {@code file}. */
    static RunException changed(Path file) {
        return Refusal.usage(
                "STATE_CHANGED",
                "The state file " + file + " changed while this answer was being checked (another kei call is"
                        + " using it); nothing was changed.",
                "Run `kei-skill next` to see the current question, then answer it.");
    }

    private byte[] current() throws IOException {
        try {
            return digest(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
