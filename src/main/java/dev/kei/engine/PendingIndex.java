package dev.kei.engine;

import dev.kei.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A small file beside the state ({@code state.json.next}) holding the pending question's envelope as printed,
 * with checksums of the state and of the skill's files. It lets step mode's {@code next} answer without parsing
 * JSON or loading the skill: it prints the envelope only while both checksums still match, so a stale index (a
 * crash between the two writes, an edited state, changed skill files) is simply ignored.
 */
public final class PendingIndex {
    private static final String MAGIC = "kei-pending-index 2";

    private PendingIndex() {}

    public static Path of(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".next");
    }

    /** Written after the state file; {@code envelope} is the ask line exactly as the full path prints it. */
    static void write(
            Path stateFile,
            byte[] stateBytes,
            String skillRef,
            Path hub,
            String skillChecksum,
            String out,
            String envelope)
            throws IOException {
        String text = MAGIC + "\nstate " + crc(stateBytes) + "\nskill " + skillRef + "\nhub " + hub
                + "\nskill-checksum " + skillChecksum + "\nout " + (out == null ? "" : out) + "\n" + envelope + "\n";
        AtomicFiles.write(of(stateFile), text);
    }

    static void delete(Path stateFile) throws IOException {
        Files.deleteIfExists(of(stateFile));
    }

    /**
     * What the index claims: {@code skillRef} is what a resumed run resolves the skill by (the state's skill path,
     * or its name), {@code hub} what it resolved to; the caller checks both and the skill's checksum. {@code out} is
     * the run's output folder (empty for a state that records none), which an {@code --out} given must match.
     */
    public record Entry(String skillRef, Path hub, String skillChecksum, String out, String envelope) {}

    /** The index's entry, if the index exists and the state file is still the one it was written for. */
    public static Optional<Entry> read(Path stateFile) throws IOException {
        String text;
        try {
            text = Files.readString(of(stateFile), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        if (lines.length != 8
                || !lines[0].equals(MAGIC)
                || !lines[1].startsWith("state ")
                || !lines[2].startsWith("skill ")
                || !lines[3].startsWith("hub ")
                || !lines[4].startsWith("skill-checksum ")
                || !lines[5].startsWith("out ")
                || !lines[6].startsWith("{\"type\":\"ask\"")
                || !lines[7].isEmpty()) {
            return Optional.empty();
        }
        if (!lines[1].substring(6).equals(crc(Files.readAllBytes(stateFile)))) {
            return Optional.empty();
        }
        return Optional.of(new Entry(
                lines[2].substring(6),
                Path.of(lines[3].substring(4)),
                lines[4].substring(15),
                lines[5].substring(4),
                lines[6]));
    }

    private static String crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return "crc32c:" + Long.toHexString(crc.getValue());
    }
}
