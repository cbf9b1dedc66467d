package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/** ADD COLUMN ... NOT NULL without a DEFAULT: it fails on a table that has rows. */
public final class AddingRequiredColumn extends StatementRule {
    @Override
    public String id() {
        return "adding-required-column";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "ALTER TABLE ... ADD COLUMN ... NOT NULL without a DEFAULT on a table that already exists.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on the table; on a table with rows the statement fails (23502) and rolls back.";
    }

    @Override
    public String safe() {
        return "ADD COLUMN nullable (or NOT NULL with a non-volatile DEFAULT, instant on PostgreSQL 11+), backfill in"
                + " batches, then the CHECK ... NOT VALID, VALIDATE, SET NOT NULL steps.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("adding-required-field");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        Optional<AlterTable> alter = AlterTable.of(s.tokens());
        if (alter.isEmpty() || file.createdBefore(alter.get().table(), index)) {
            return Optional.empty();
        }
        for (Tokens action : alter.get().actions()) {
            int column = AddColumn.column(action);
            if (column >= 0 && action.has("NOT", "NULL") && !action.has("DEFAULT") && !AddColumn.generated(action)) {
                return Optional.of("ADD COLUMN " + action.nameAt(column) + " NOT NULL without a DEFAULT fails on "
                        + alter.get().table() + " as soon as it has a row.");
            }
        }
        return Optional.empty();
    }
}
