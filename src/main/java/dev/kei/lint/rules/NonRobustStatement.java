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
 * A CREATE or DROP without IF [NOT] EXISTS where a re-run can meet its own earlier effect: a statement that runs
 * outside a transaction (a {@code -- kei:no-transaction} file outside its own BEGIN). If such a file stops part-way,
 * a runner that starts it again from the top, or a person pasting it into psql, fails on the statements that had
 * already committed. kei-migrate itself resumes after the last statement it recorded (and rebuilds an INVALID index
 * left by a failed concurrent build), so this is a warning; in a file that runs in one transaction nothing is ever
 * half-applied, and the rule is silent.
 */
public final class NonRobustStatement extends StatementRule {
    @Override
    public String id() {
        return "non-robust-statement";
    }

    @Override
    public Level level() {
        return Level.WARNING;
    }

    @Override
    public String flags() {
        return "CREATE TABLE/INDEX, DROP TABLE/INDEX, ADD/DROP COLUMN without IF [NOT] EXISTS outside a transaction.";
    }

    @Override
    public String lock() {
        return "The statement's own; the risk is the re-run: it fails on what the interrupted run already made.";
    }

    @Override
    public String safe() {
        return "CREATE ... IF NOT EXISTS, DROP ... IF EXISTS, ADD COLUMN IF NOT EXISTS, DROP COLUMN IF EXISTS; after a"
                + " failed CREATE INDEX CONCURRENTLY, drop the INVALID index first (IF NOT EXISTS would keep it).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("prefer-robust-stmts");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        if (s.inTransaction()) {
            return Optional.empty();
        }
        return missingGuard(s.tokens())
                .map(what -> what + " has no " + (what.startsWith("DROP") ? "IF EXISTS" : "IF NOT" + " EXISTS")
                        + ": run again after the file stopped part-way, it fails on its own earlier effect.");
    }

    /** What the statement creates or drops without its guard, as words for the message. */
    private static Optional<String> missingGuard(Tokens t) {
        if (t.is(0, "CREATE")) {
            int i = 1;
            while (t.is(i, "UNIQUE") || t.is(i, "UNLOGGED") || t.is(i, "TEMP") || t.is(i, "TEMPORARY")) {
                i++;
            }
            boolean table = t.is(i, "TABLE");
            if (!table && !t.is(i, "INDEX")) {
                return Optional.empty();
            }
            int next = t.is(i + 1, "CONCURRENTLY") ? i + 2 : i + 1;
            return t.at(next, "IF", "NOT", "EXISTS") || t.is(next, "AS")
                    ? Optional.empty()
                    : Optional.of(table ? "CREATE TABLE" : "CREATE INDEX");
        }
        if (t.is(0, "DROP") && (t.is(1, "TABLE") || t.is(1, "INDEX"))) {
            int next = t.is(2, "CONCURRENTLY") ? 3 : 2;
            return t.at(next, "IF", "EXISTS")
                    ? Optional.empty()
                    : Optional.of("DROP " + t.get(1).name().toUpperCase());
        }
        Optional<AlterTable> alter = AlterTable.of(t);
        if (alter.isEmpty()) {
            return Optional.empty();
        }
        for (Tokens action : alter.get().actions()) {
            int column = AddColumn.column(action);
            if (column >= 0 && !action.at(column - 3, "IF", "NOT", "EXISTS")) {
                return Optional.of("ADD COLUMN " + action.nameAt(column));
            }
            int dropped = action.at(0, "DROP", "COLUMN") ? 2 : -1;
            if (dropped > 0 && !action.at(dropped, "IF", "EXISTS")) {
                return Optional.of("DROP COLUMN " + action.nameAt(dropped));
            }
        }
        return Optional.empty();
    }
}
