package dev.kei.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.AtomicFiles;
import dev.kei.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger of what kei wrote into one output folder, {@code .kei/written.json}: each file's path and the digest of
 * the bytes kei last wrote there, whatever run, state file or transport wrote them. A file whose bytes still have
 * that digest is kei's to replace (the user has not touched it); any other existing file is the user's. A ledger
 * that cannot be read is treated as empty, which only makes kei more careful. {@code kei-skill install} keeps one in
 * each skill folder it writes.
 */
public final class WrittenFiles {
    public static final String FILE = ".kei/written.json";

    private final Path ledger;
    private final Map<String, String> digests;
    private boolean changed;

    private WrittenFiles(Path ledger, Map<String, String> digests) {
        this.ledger = ledger;
        this.digests = digests;
    }

    /** The ledger of {@code out}; a missing, linked or unreadable one reads as empty. */
    public static WrittenFiles of(Path out) {
        Path ledger = out.resolve(FILE);
        Map<String, String> digests = new TreeMap<>();
        if (Files.isRegularFile(ledger, LinkOption.NOFOLLOW_LINKS)) {
            try {
                JsonNode node = Json.parse(Files.readString(ledger, StandardCharsets.UTF_8));
                node.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        digests.put(e.getKey(), e.getValue().asText());
                    }
                });
            } catch (IOException | RuntimeException e) {
                digests.clear(); // JsonProcessingException included: careful, not wrong
            }
        }
        return new WrittenFiles(ledger, digests);
    }

    /** Whether kei last wrote exactly the bytes whose digest is {@code digest} at {@code path}. */
    public boolean wrote(String path, String digest) {
        return digest.equals(digests.get(path));
    }

    public void record(String path, String digest) {
        changed |= !digest.equals(digests.put(path, digest));
    }

    void forget(String path) {
        changed |= digests.remove(path) != null;
    }

    /** Writes the ledger once for all that {@link #record} and {@link #forget} changed, if anything did. */
    public void save() throws IOException {
        if (!changed) {
            return;
        }
        if (Files.isSymbolicLink(ledger) || Files.isSymbolicLink(ledger.getParent())) {
            throw new ForeignFileException(FILE, FILE + " is a symbolic link; kei never writes through one.");
        }
        AtomicFiles.write(ledger, Json.pretty(digests) + "\n");
        changed = false;
    }
}
