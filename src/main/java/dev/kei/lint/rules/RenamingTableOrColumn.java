package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/** RENAME of a table or a column that exists: the running application still uses the old name. */
public final class RenamingTableOrColumn extends StatementRule {
    @Override
    public String id() {
        return "renaming-table-or-column";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "ALTER TABLE ... RENAME TO or RENAME [COLUMN] ... TO on a table that already exists.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE, brief (no scan); but every query of the deployed code that names the old name fails"
                + " from the commit on.";
    }

    @Override
    public String safe() {
        return "Expand/contract: add the new column (or a view under the new table name), write both, move the"
                + " readers, then drop the old one in a -- kei:contract step.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("renaming-table", "renaming-column");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        Optional<AlterTable> alter = AlterTable.of(s.tokens());
        if (alter.isEmpty() || file.createdBefore(alter.get().table(), index)) {
            return Optional.empty();
        }
        for (Tokens action : alter.get().actions()) {
            if (action.at(0, "RENAME", "TO")) {
                return Optional.of("Renaming table " + alter.get().table() + " breaks the deployed code that still"
                        + " names it.");
            }
            if (action.is(0, "RENAME") && !action.is(1, "CONSTRAINT")) {
                int c = action.is(1, "COLUMN") ? 2 : 1;
                return Optional.of("Renaming column " + alter.get().table() + "." + action.nameAt(c) + " breaks the"
                        + " deployed code that still names it.");
            }
        }
        return Optional.empty();
    }
}
