package dev.kei.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.AtomicFiles;
import dev.kei.io.Json;
import dev.kei.io.Templates;
import dev.kei.skill.Skill;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@link Generator} sees and may change: the run's answers and data, the output folder, the skill's
 * templates. Files go through {@link #write}, which writes atomically and records the file as an artifact. Nothing
 * is lost: a file kei did not write in this run is never replaced (unless the generator {@link #update updates} it
 * by design, as a .gitignore it appends to), and no path through a symbolic link is read, written or chmodded.
 */
public final class GeneratorContext {
    private final Skill skill;
    private final Plugins plugins;
    private final Path out;
    private final State state;
    private final PrintStream log;
    private final Map<String, JsonNode> data;
    private final Map<String, String> artifacts;
    private String nextSteps;
    private WrittenFiles written;

    GeneratorContext(Skill skill, Plugins plugins, Path out, State state, PrintStream log) {
        this.skill = skill;
        this.plugins = plugins;
        this.out = out;
        this.state = state;
        this.log = log;
        this.data = new TreeMap<>(state.data());
        this.artifacts = new TreeMap<>(state.artifacts());
        this.nextSteps = state.nextSteps();
    }

    public String intake() {
        return state.intake();
    }

    /** The run's fixed "now". */
    public Instant clock() {
        return Instant.parse(state.clock());
    }

    /** The labels or free text stored under {@code key}; empty when unanswered. */
    public List<String> values(String key) {
        State.StoredAnswer a = state.answers().get(key);
        return a == null ? List.of() : a.value();
    }

    /** The single value stored under {@code key}, if any. */
    public Optional<String> value(String key) {
        List<String> v = values(key);
        return v.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", v));
    }

    public boolean isFreeText(String key) {
        State.StoredAnswer a = state.answers().get(key);
        return a != null && a.freeText();
    }

    public Optional<JsonNode> data(String key) {
        return Optional.ofNullable(data.get(key));
    }

    /**
     * A value from outside the run (a model's answer, say): the recorded one when the run has it (a replay, or a
     * resumed run), else {@code compute}'s, recorded for the transcript. This is what makes a run that used a
     * model replayable without one.
     */
    public JsonNode recorded(String key, java.util.concurrent.Callable<JsonNode> compute) throws Exception {
        JsonNode known = data.get(State.RECORDED + key);
        if (known != null) {
            return known;
        }
        JsonNode value = compute.call();
        data.put(State.RECORDED + key, value);
        return value;
    }

    /** Whether the run already holds a value recorded under {@code key} (see {@link #recorded}). */
    public boolean hasRecorded(String key) {
        return data.containsKey(State.RECORDED + key);
    }

    /**
     * An environment variable of the command running the skill ({@link Environment}), blank as absent; the process's
     * when the command handed none over.
     */
    public Optional<String> env(String name) {
        Optional<String> value = plugins.service(Environment.class)
                .map(e -> e.variable(name))
                .orElseGet(() -> Optional.ofNullable(System.getenv(name)));
        return value.filter(v -> !v.isBlank());
    }

    /** A service the command running the skill handed over (such as a model), if it did. */
    public <T> Optional<T> service(Class<T> type) {
        return plugins.service(type);
    }

    public void putData(String key, Object value) {
        data.put(key, Json.MAPPER.valueToTree(value));
    }

    public void removeData(String key) {
        data.remove(key);
    }

    public Path out() {
        return out;
    }

    public PrintStream log() {
        return log;
    }

    /** The paths of the artifacts written so far, relative to the output folder. */
    public java.util.Set<String> artifacts() {
        return java.util.Collections.unmodifiableSet(artifacts.keySet());
    }

    /** Sets the text the {@code done} envelope carries as {@code next_steps}. */
    public void nextSteps(String text) {
        this.nextSteps = text;
    }

    /** Renders the skill's {@code templates/<name>} with {@code scope}. */
    public String render(String name, Object scope) {
        Path file = skill.root().resolve("templates").resolve(name).normalize();
        if (!file.startsWith(skill.root().resolve("templates")) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the skill has no template templates/" + name);
        }
        return Templates.file(file, scope);
    }

    /**
     * Writes an artifact (relative to the output folder) atomically and records its digest, in the state and in
     * the folder's {@link WrittenFiles} ledger. An existing file is replaced only when kei wrote exactly its bytes
     * (in this run or an earlier one into this folder) or it already holds the new bytes; otherwise
     * {@link ForeignFileException}.
     */
    public void write(String relativePath, String content) throws IOException {
        write(relativePath, content, null);
    }

    /** Like {@link #write(String, String)}, with the file's permissions set before its content lands. */
    public void write(String relativePath, String content, Set<PosixFilePermission> permissions) throws IOException {
        Path target = resolve(relativePath);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String digest = sha256(bytes);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            String onDisk = sha256(Files.readAllBytes(target));
            if (!onDisk.equals(artifacts.get(relativePath))
                    && !onDisk.equals(digest)
                    && !written().wrote(relativePath, onDisk)) {
                throw new ForeignFileException(
                        relativePath,
                        relativePath + " already exists in " + out + " and kei did not write it (or it was"
                                + " edited since); kei never replaces a file it did not write.");
            }
        }
        AtomicFiles.write(target, bytes, permissions);
        artifacts.put(relativePath, digest);
        written().record(relativePath, digest);
    }

    /**
     * Writes the folder's ledger once for every file this generator wrote or deleted, whether it then succeeded or
     * failed (the files it wrote are kei's either way).
     */
    void saveLedger() throws IOException {
        if (written != null) {
            written.save();
        }
    }

    /** The folder's ledger of what kei wrote, read once per step. */
    private WrittenFiles written() {
        if (written == null) {
            written = WrittenFiles.of(out);
        }
        return written;
    }

    /**
     * Writes a file the skill keeps up to date by design, whoever wrote it first (a .gitignore it appends a line
     * to); the generator builds {@code content} from what {@link #read} gave it. Symbolic links are still refused.
     */
    public void update(String relativePath, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(resolve(relativePath), bytes, null);
        artifacts.put(relativePath, sha256(bytes));
        written().record(relativePath, sha256(bytes));
    }

    /** Whether a file exists at {@code relativePath} (never through a symbolic link: one is refused). */
    public boolean exists(String relativePath) throws IOException {
        return Files.exists(resolve(relativePath), LinkOption.NOFOLLOW_LINKS);
    }

    /** The text of a file in the output folder, or empty when there is none. */
    public Optional<String> read(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    /** Sets an existing file's permissions (never a symbolic link's target). */
    public void restrict(String relativePath, Set<PosixFilePermission> permissions) throws IOException {
        Path file = resolve(relativePath);
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setPermissions(permissions);
    }

    /**
     * Records a file already on disk as an artifact, as if written now: for a file the skill only had to check
     * (a .gitignore that already ignores what it should), so a resumed run reports the same artifacts.
     */
    public void recordExisting(String relativePath) throws IOException {
        artifacts.put(relativePath, sha256(Files.readAllBytes(resolve(relativePath))));
    }

    /**
     * {@code relativePath} under the output folder, refusing a path that leaves it or passes through a symbolic
     * link below it (the output folder itself may be one: the user chose it).
     */
    private Path resolve(String relativePath) throws ForeignFileException {
        Path target = inside(relativePath);
        Path base = out.normalize();
        for (Path p = target; p != null && !p.equals(base) && p.startsWith(base); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                String shown = base.relativize(p).toString();
                throw new ForeignFileException(
                        relativePath,
                        shown + " in " + out + " is a symbolic link; kei never writes, reads or chmods a file"
                                + " through one, since it could point outside the output folder.");
            }
        }
        return target;
    }

    /** Forgets an artifact recorded earlier (e.g. a file a revised answer no longer produces) and deletes it. */
    public void delete(String relativePath) throws IOException {
        Files.deleteIfExists(resolve(relativePath)); // removes a link itself, never its target
        artifacts.remove(relativePath);
        written().forget(relativePath);
    }

    private Path inside(String relativePath) {
        Path target = out.resolve(relativePath).normalize();
        if (Path.of(relativePath).isAbsolute() || !target.startsWith(out.normalize())) {
            throw new IllegalArgumentException("an artifact path must stay inside the output folder: " + relativePath);
        }
        return target;
    }

    State apply(State to) {
        return to.withData(data, artifacts, nextSteps);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
