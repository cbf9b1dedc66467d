package dev.kei.lint.rules;

import dev.kei.lint.ActionRule;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/** ADD FOREIGN KEY or ADD CHECK without NOT VALID on an existing table: the check scans every row under the lock. */
public final class ConstraintMissingNotValid extends ActionRule {
    @Override
    public String id() {
        return "constraint-missing-not-valid";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.SCAN;
    }

    @Override
    public String flags() {
        return "ALTER TABLE ... ADD FOREIGN KEY or CHECK without NOT VALID on a table that already exists.";
    }

    @Override
    public String lock() {
        return "FOREIGN KEY: SHARE ROW EXCLUSIVE on the table and on the referenced table (writes wait on both);"
                + " CHECK: ACCESS EXCLUSIVE (reads wait too); either held while every row is checked.";
    }

    @Override
    public String safe() {
        return "ADD CONSTRAINT ... NOT VALID (a brief lock, no scan), then ALTER TABLE ... VALIDATE CONSTRAINT in a"
                + " later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("adding-foreign-key-constraint", "constraint-missing-not-valid");
    }

    @Override
    protected Optional<String> checkAction(LintFile file, int index, String table, Tokens action) {
        if (!action.is(0, "ADD") || action.has("NOT", "VALID")) {
            return Optional.empty();
        }
        String kind = action.has("FOREIGN", "KEY") ? "FOREIGN KEY" : action.has("CHECK") ? "CHECK" : null;
        if (kind != null
                && !action.is(1, "COLUMN")
                && (action.is(1, "CONSTRAINT") || action.is(1, kind.split(" ")[0]))) {
            return Optional.of("ADD " + kind + " on existing table " + table
                    + " without NOT VALID checks every row while it holds the lock.");
        }
        return Optional.empty();
    }
}
