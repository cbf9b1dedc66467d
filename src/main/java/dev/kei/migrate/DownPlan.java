package dev.kei.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files {@code down N} reverts: the N most recently applied, newest first. It refuses before anything runs
 * when one of them has no file, no down file, or a down file marked {@code -- IRREVERSIBLE}.
 */
final class DownPlan {
    private DownPlan() {}

    /** {@code command} is how the user calls kei-migrate, for the next-step line of a refusal. */
    static List<MigrationFile> newestFirst(
            Status status, List<MigrationFile> files, int count, Path dir, String command) throws MigrateException {
        List<HistoryRow> applied = new ArrayList<>(status.rows().values());
        if (applied.isEmpty()) {
            throw MigrateException.usage(
                    "No migration has been applied; there is nothing to revert.",
                    "See where things stand: " + command + " status");
        }
        List<MigrationFile> todo = new ArrayList<>();
        for (int i = applied.size() - 1; i >= 0 && todo.size() < count; i--) {
            HistoryRow row = applied.get(i);
            MigrationFile m = files.stream()
                    .filter(f -> f.version().equals(row.version()))
                    .findFirst()
                    .orElseThrow(() -> MigrateException.usage(
                            "Applied migration " + row.version() + "_" + row.name() + " has no" + " file in " + dir
                                    + ".",
                            "Restore it from version control, then run the command again."));
            if (m.down().isEmpty()) {
                throw MigrateException.usage(
                        "Migration " + m.id() + " has no down file; nothing was reverted.",
                        "Write " + m.id() + ".down.sql, then run the command again.");
            }
            if (m.down().get().irreversible()) {
                throw MigrateException.failure(
                        "Migration " + m.id() + " is IRREVERSIBLE; nothing was reverted.",
                        "Its down file refuses on purpose (the table holds data). Restore from a backup instead.");
            }
            todo.add(m);
        }
        return todo;
    }
}
