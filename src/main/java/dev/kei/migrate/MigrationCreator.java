package dev.kei.migrate;

import dev.kei.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code create NAME}: an empty pair {@code <YYYYMMDDHHMMSS>_<name>.sql} and {@code .down.sql}, stamped now (UTC). */
public final class MigrationCreator {
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private MigrationCreator() {}

    /** Writes the pair and returns the up file; never overwrites: a taken second moves to the next. */
    public static Path create(Path dir, String name, Instant now) throws MigrateException, IOException {
        if (!name.matches("[a-z0-9][a-z0-9_]{0,99}")) {
            throw MigrateException.usage(
                    "'" + (name.length() > 60 ? name.substring(0, 60) + "..." : name) + "' is not a migration name.",
                    "Use lower snake_case, e.g.: kei-migrate create add_users_email");
        }
        Files.createDirectories(dir);
        Instant at = now;
        while (true) {
            String stamp = STAMP.format(at);
            try (var files = Files.list(dir)) {
                if (files.noneMatch(f -> f.getFileName().toString().startsWith(stamp + "_"))) {
                    break;
                }
            }
            at = at.plusSeconds(1);
        }
        String base = STAMP.format(at) + "_" + name;
        Path up = dir.resolve(base + ".sql");
        AtomicFiles.write(up, "-- " + base + ": up\n");
        AtomicFiles.write(
                dir.resolve(base + ".down.sql"), "-- " + base + ": down (undo the up, last statement first)\n");
        return up;
    }
}
