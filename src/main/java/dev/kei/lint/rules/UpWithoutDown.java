package dev.kei.lint.rules;

import dev.kei.lint.Hit;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Rule;
import java.util.List;

/** An up file with no {@code .down.sql} beside it: {@code down} cannot revert it. */
public final class UpWithoutDown implements Rule {
    @Override
    public String id() {
        return "up-without-down";
    }

    @Override
    public Level level() {
        return Level.WARNING;
    }

    @Override
    public String flags() {
        return "An up migration file with no <name>.down.sql beside it.";
    }

    @Override
    public String lock() {
        return "None; kei-migrate down refuses to revert past this migration.";
    }

    @Override
    public String safe() {
        return "Write the down file, or one holding -- IRREVERSIBLE and the reason, so the choice is on record.";
    }

    @Override
    public List<Hit> check(LintFile file) {
        return file.up() && !file.hasDown()
                ? List.of(new Hit(1, file.path().getFileName() + " has no down file."))
                : List.of();
    }
}
