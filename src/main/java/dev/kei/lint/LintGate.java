package dev.kei.lint;

import dev.kei.db.Database;
import dev.kei.migrate.MigrateException;
import dev.kei.migrate.MigrationFile;
import dev.kei.migrate.Preflight;
import dev.kei.migrate.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lint before {@code up} (contracts section 11): the pending files are linted against the live catalogue (table
 * sizes, server version) after the applied ones; an error-level finding refuses the whole up (exit 1) before any
 * file runs, warnings go to stderr. The rules are PostgreSQL's, so SQLite runs unlinted.
 */
public final class LintGate implements Preflight {
    private final Thresholds thresholds;
    private final String command;

    /** {@code command} is how the user calls kei-migrate, for the next step of a refusal. */
    public LintGate(Thresholds thresholds, String command) {
        this.thresholds = thresholds;
        this.command = command;
    }

    @Override
    public boolean appliesTo(Database database) {
        return database.hasOnlineDdlRules();
    }

    @Override
    public void check(Connection c, List<MigrationFile> applied, List<MigrationFile> todo, Progress progress)
            throws MigrateException {
        if (todo.isEmpty()) {
            return;
        }
        Catalog catalog;
        try {
            catalog = PostgresCatalog.of(c);
        } catch (SQLException e) {
            throw MigrateException.failure(
                    "Could not read the server version before linting the pending migrations (SQL State "
                            + e.getSQLState() + "); nothing was applied.",
                    "Check that the user may read pg_catalog, then run the command again.");
        }
        List<Finding> findings = new Linter(catalog, thresholds).lintPending(files(applied), files(todo));
        findings.stream()
                .filter(f -> f.level() == Level.WARNING)
                .forEach(f -> progress.note(
                        "Lint: " + f.file() + ":" + f.line() + ": warning " + f.rule() + ": " + f.message()));
        List<Finding> errors =
                findings.stream().filter(f -> f.level() == Level.ERROR).toList();
        if (!errors.isEmpty()) {
            throw MigrateException.refused(
                    "Lint refused " + errors.size() + " statement(s) of the pending migrations; nothing was applied.",
                    errors.stream().map(LintGate::describe).collect(Collectors.joining("\n")),
                    "Fix them (" + command + " lint explains each: the lock and the safe way), or allow one with"
                            + " -- kei:allow <rule-id> <reason> on the line before its statement.");
        }
    }

    private static String describe(Finding f) {
        return "  " + f.file() + ":" + f.line() + ": error " + f.rule() + ": " + f.message()
                + f.impact().map(i -> "\n    Size : " + i.describe()).orElse("");
    }

    private static List<LintFile> files(List<MigrationFile> files) {
        return files.stream().map(LintFile::up).toList();
    }
}
