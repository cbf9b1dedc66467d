package dev.kei.lint.rules;

import dev.kei.lint.AlterTable;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/**
 * DROP TABLE or DROP COLUMN in an up file: data is lost and the deployed code may still read it. Down files are
 * exempt, since dropping what the up created is their job.
 */
public final class BanDrop extends StatementRule {
    @Override
    public String id() {
        return "ban-drop-table-or-column";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "DROP TABLE or ALTER TABLE ... DROP COLUMN in an up file, of a table the file did not create.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE, brief; the data is gone at commit and queries of the deployed code that use it fail.";
    }

    @Override
    public String safe() {
        return "Stop reading and writing it in the application first, then drop it in a -- kei:contract step, with a"
                + " -- kei:allow ban-drop-table-or-column <reason> naming the confirmation.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("ban-drop-table", "ban-drop-column");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        if (!file.up() || file.contract()) {
            // a contract step drops what the application no longer reads: its marker is the confirmation, and up
            // holds it back until --contract
            return Optional.empty();
        }
        Tokens t = s.tokens();
        if (t.startsWith("DROP", "TABLE")) {
            int i = t.at(2, "IF", "EXISTS") ? 4 : 2;
            String table = t.nameAt(i);
            return table == null || file.createdBefore(table, index)
                    ? Optional.empty()
                    : Optional.of("DROP TABLE " + table + " deletes its data for good.");
        }
        Optional<AlterTable> alter = AlterTable.of(t);
        if (alter.isEmpty() || file.createdBefore(alter.get().table(), index)) {
            return Optional.empty();
        }
        for (Tokens action : alter.get().actions()) {
            if (action.is(0, "DROP")
                    && !action.is(1, "CONSTRAINT")
                    && !action.is(1, "DEFAULT")
                    && !action.is(1, "NOT")
                    && !action.is(1, "EXPRESSION")
                    && !action.is(1, "IDENTITY")) {
                int c = action.is(1, "COLUMN") ? 2 : 1;
                c += action.at(c, "IF", "EXISTS") ? 2 : 0;
                return Optional.of(
                        "DROP COLUMN " + alter.get().table() + "." + action.nameAt(c) + " deletes its data for good.");
            }
        }
        return Optional.empty();
    }
}
