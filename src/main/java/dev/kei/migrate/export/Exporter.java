package dev.kei.migrate.export;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.MigrationFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a folder's migrations in one layout into an output folder. The folder must be new, empty, or one an
 * earlier export wrote (it holds {@value #MANIFEST}, the list of what that export wrote, which is removed first):
 * anything else is refused rather than overwritten. Same migrations, same bytes.
 */
public final class Exporter {
    /** The list of what an export wrote, which lets a later export replace exactly those files. */
    public static final String MANIFEST = ".kei-export";

    // what a layout may name a file: built from a validated version and name, never a path
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_.]{1,200}");

    private Exporter() {}

    /** What an export did: the files written, in order, and the notes on what the layout could not express. */
    public record Result(List<Path> written, List<String> notes) {}

    public static Result export(
            List<MigrationFile> migrations, ExportLayout layout, Timeouts timeouts, Path dir, Path out)
            throws MigrateException {
        Path realDir = real(dir);
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(realDir) || real(target).startsWith(realDir)) {
            throw MigrateException.usage(
                    "The output folder " + out + " is inside the migrations folder " + dir + ".",
                    "Export somewhere else: kei-migrate would read the exported files as migrations.");
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (MigrationFile m : migrations) {
            Exported e = layout.export(m, timeouts);
            for (Map.Entry<String, String> f : e.files().entrySet()) {
                if (!FILE_NAME.matcher(f.getKey()).matches()
                        || f.getKey().startsWith(".")
                        || files.put(f.getKey(), f.getValue()) != null) {
                    throw new IllegalStateException("layout " + layout.tool() + " named a file " + f.getKey());
                }
            }
            notes.addAll(e.notes());
        }
        try {
            List<String> previous = previousExport(out);
            Files.createDirectories(out);
            for (String name : previous) {
                Files.deleteIfExists(out.resolve(name));
            }
            // the list first: a run stopped halfway leaves a folder the next export may still replace
            StringBuilder manifest = new StringBuilder("# written by kei-migrate export --to " + layout.tool() + "\n");
            files.keySet().forEach(name -> manifest.append(name).append('\n'));
            Files.writeString(out.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = out.resolve(f.getKey());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
                written.add(p);
            }
            return new Result(written, notes);
        } catch (IOException e) {
            throw MigrateException.failure(
                    "Could not write the export into " + out + ": " + e.getMessage() + ".",
                    "Check the folder's permissions, then run the export again.");
        }
    }

    /** The files an earlier export listed; refuses a folder that holds anything else, or that no export wrote. */
    private static List<String> previousExport(Path out) throws IOException, MigrateException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw MigrateException.usage(
                    "The output " + out + " exists and is not a folder.", "Name a new or empty folder with --out.");
        }
        List<String> present;
        try (Stream<Path> s = Files.list(out)) {
            present = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (present.isEmpty()) {
            return List.of();
        }
        Path manifest = out.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            throw MigrateException.usage(
                    "The output folder " + out + " is not empty and no kei-migrate export wrote it (it has no "
                            + MANIFEST + "); nothing was written.",
                    "Name a new or empty folder with --out.");
        }
        List<String> listed = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .toList();
        for (String name : present) {
            if (!name.equals(MANIFEST) && !listed.contains(name)) {
                throw MigrateException.usage(
                        "The output folder " + out + " holds " + name + ", which the earlier export did not write;"
                                + " nothing was written.",
                        "Move it out, or name a new or empty folder with --out.");
            }
        }
        for (String name : listed) {
            if (!FILE_NAME.matcher(name).matches() || name.startsWith(".")) {
                throw MigrateException.usage(
                        "The output folder's " + MANIFEST + " lists " + name + ", which no export writes.",
                        "Name a new or empty folder with --out.");
            }
        }
        return listed;
    }

    /** The folder as its real path where it exists (a symbolic link resolved), else as absolute. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            Path existing = abs;
            Path rest = Path.of("");
            while (existing != null && !Files.exists(existing)) {
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
            return existing == null ? abs : existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
