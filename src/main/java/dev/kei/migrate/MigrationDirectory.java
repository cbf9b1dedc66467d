package dev.kei.migrate;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the migrations of a folder: every {@code <YYYYMMDDHHMMSS>_<name>.sql} with its optional
 * {@code .down.sql}, ordered by version. Entries whose names do not end in {@code .sql} (a README, .keep) are left
 * alone; a {@code .sql} name (in any case) that does not follow the convention or is no readable file, a down without
 * its up, or two files with one version are errors, because applying around them would silently skip work.
 */
public final class MigrationDirectory {
    private static final Pattern UP = Pattern.compile("([0-9]{14})_([a-z0-9][a-z0-9_]{0,99})\\.sql");
    private static final Pattern DOWN = Pattern.compile("([0-9]{14})_([a-z0-9][a-z0-9_]{0,99})\\.down\\.sql");
    private static final long MAX_FILE = 64L << 20;

    private MigrationDirectory() {}

    public static List<MigrationFile> read(Path dir) throws MigrateException {
        if (!Files.isDirectory(dir)) {
            throw MigrateException.usage(
                    "The migrations folder " + dir + " does not exist.",
                    "Create it, or point --dir at it: kei-migrate --dir migrations create init_schema");
        }
        Map<String, Path> ups = new TreeMap<>();
        Map<String, Path> downs = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (!file.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                    continue;
                }
                refuseUnreadable(dir, f);
                Matcher down = DOWN.matcher(file);
                Matcher up = UP.matcher(file);
                if (down.matches()) {
                    put(downs, names, down.group(1), down.group(2), f);
                } else if (up.matches()) {
                    put(ups, names, up.group(1), up.group(2), f);
                } else {
                    throw MigrateException.usage(
                            "Migration file " + file + " does not follow the naming convention"
                                    + (file.endsWith(".sql") ? "." : ": the extension must be lower-case .sql."),
                            "Name it <YYYYMMDDHHMMSS>_<lower_snake_name>.sql (and .down.sql): kei-migrate create NAME"
                                    + " writes such a pair.");
                }
            }
        } catch (IOException e) {
            throw MigrateException.failure(
                    "Cannot list " + dir + ": " + e.getMessage(), "Check the folder's permissions.");
        }
        for (String version : downs.keySet()) {
            if (!ups.containsKey(version)) {
                throw MigrateException.usage(
                        "Down file " + downs.get(version).getFileName() + " has no up file.",
                        "Restore the up file, or remove the down file.");
            }
        }
        List<MigrationFile> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : ups.entrySet()) {
            out.add(load(e.getKey(), names.get(e.getKey()), e.getValue(), Optional.ofNullable(downs.get(e.getKey()))));
        }
        return out;
    }

    /**
     * An entry named like a migration that is no readable file (a folder, a fifo, a dangling or looping symbolic
     * link) stops the command: skipping it would silently leave its migration out.
     */
    private static void refuseUnreadable(Path dir, Path f) throws MigrateException {
        String why;
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            if (a.isRegularFile()) {
                return;
            }
            why = a.isDirectory() ? "is a folder, not a file" : "is not a regular file (a fifo, socket or device)";
        } catch (NoSuchFileException e) {
            why = Files.isSymbolicLink(f)
                    ? "is a symbolic link to " + linkTarget(f) + ", which does not exist"
                    : "disappeared while the folder was read";
        } catch (FileSystemException e) {
            why = Files.isSymbolicLink(f)
                    ? "is a symbolic link that loops or cannot be followed"
                    : "cannot be read (" + e.getReason() + ")";
        } catch (IOException e) {
            why = "cannot be read (" + e.getMessage() + ")";
        }
        throw MigrateException.usage(
                "Migrations folder entry " + f.getFileName() + " " + why + ".",
                "Replace it with the migration file, or move it out of " + dir + ": an entry named like a"
                        + " migration is never skipped.");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path";
        }
    }

    private static void put(Map<String, Path> files, Map<String, String> names, String version, String name, Path f)
            throws MigrateException {
        String known = names.putIfAbsent(version, name);
        if (files.containsKey(version) || (known != null && !known.equals(name))) {
            throw MigrateException.usage(
                    "Two migrations share version " + version + ": " + f.getFileName() + " and "
                            + (files.containsKey(version) ? files.get(version).getFileName() : known),
                    "Give one of them a new timestamp.");
        }
        files.put(version, f);
    }

    private static MigrationFile load(String version, String name, Path up, Optional<Path> downFile)
            throws MigrateException {
        byte[] bytes = bytes(up);
        String sql = MigrationText.decode(up, bytes);
        List<SqlStatement> statements = ScriptSplitter.split(sql);
        Optional<MigrationFile.Down> down = Optional.empty();
        if (downFile.isPresent()) {
            String downSql = MigrationText.decode(downFile.get(), bytes(downFile.get()));
            List<SqlStatement> downStatements = ScriptSplitter.split(downSql);
            down = Optional.of(new MigrationFile.Down(
                    downFile.get(),
                    downSql,
                    downStatements,
                    MigrationFile.runsOutsideTransaction(downSql, downStatements)));
        }
        return new MigrationFile(
                version,
                name,
                up,
                sql,
                MigrationText.checksum(bytes),
                statements,
                MigrationFile.runsOutsideTransaction(sql, statements),
                down,
                MigrationText.sha256(bytes));
    }

    private static byte[] bytes(Path file) throws MigrateException {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw MigrateException.usage(
                        "Migration file " + file.getFileName() + " is larger than 64 MiB.",
                        "Split it, or load bulk data with a script rather than a migration.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw MigrateException.failure(
                    "Migration file " + file.getFileName() + " disappeared while reading.", "Run the command again.");
        } catch (IOException e) {
            throw MigrateException.failure("Cannot read " + file + ": " + e.getMessage(), "Check its permissions.");
        }
    }
}
