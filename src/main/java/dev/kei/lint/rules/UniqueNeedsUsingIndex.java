package dev.kei.lint.rules;

import dev.kei.lint.ActionRule;
import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;

/** ADD PRIMARY KEY or UNIQUE without USING INDEX on an existing table: the index is built under the lock. */
public final class UniqueNeedsUsingIndex extends ActionRule {
    @Override
    public String id() {
        return "unique-needs-using-index";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.INDEX_BUILD;
    }

    @Override
    public String flags() {
        return "ALTER TABLE ... ADD PRIMARY KEY or UNIQUE that builds its index (no USING INDEX) on an existing table.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on the table (reads and writes wait) for the whole index build.";
    }

    @Override
    public String safe() {
        return "CREATE UNIQUE INDEX CONCURRENTLY name ... in a -- kei:no-transaction file, then ALTER TABLE ... ADD"
                + " CONSTRAINT name PRIMARY KEY|UNIQUE USING INDEX name (a brief lock).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("disallowed-unique-constraint", "adding-serial-primary-key-field");
    }

    @Override
    protected Optional<String> checkAction(LintFile file, int index, String table, Tokens action) {
        boolean constraint = action.is(0, "ADD")
                && (action.is(1, "CONSTRAINT") || action.is(1, "PRIMARY") || action.is(1, "UNIQUE"));
        String kind = action.has("PRIMARY", "KEY") ? "PRIMARY KEY" : action.has("UNIQUE") ? "UNIQUE" : null;
        if (constraint && kind != null && !action.has("USING", "INDEX") && AddColumn.column(action) < 0) {
            return Optional.of(
                    "ADD " + kind + " on existing table " + table + " builds its index under ACCESS EXCLUSIVE.");
        }
        return Optional.empty();
    }
}
