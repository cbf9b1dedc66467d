package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;
import java.util.Set;

/**
 * A CONCURRENTLY statement inside the file's own BEGIN ... COMMIT: PostgreSQL refuses it in a transaction block, so
 * the migration fails on every runner. (One in a file without the marker is {@link NoTransactionMarker}'s.)
 */
public final class ConcurrentlyInTransaction extends StatementRule {
    @Override
    public String id() {
        return "concurrently-in-transaction";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY inside the file's own BEGIN ... COMMIT.";
    }

    @Override
    public String lock() {
        return "None taken: PostgreSQL refuses the statement inside a transaction block, so the migration fails.";
    }

    @Override
    public String safe() {
        return "Put it in a file of its own whose first line is -- kei:no-transaction, outside any BEGIN ... COMMIT.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("ban-concurrent-index-creation-in-transaction");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        if (!s.statement().needsNoTransaction() || !s.tokens().has("CONCURRENTLY")) {
            return Optional.empty();
        }
        if (s.inTransaction() && s.ownBlock()) {
            return Optional.of("CONCURRENTLY inside the file's own BEGIN ... COMMIT: PostgreSQL refuses it in a"
                    + " transaction block.");
        }
        return Optional.empty();
    }
}
