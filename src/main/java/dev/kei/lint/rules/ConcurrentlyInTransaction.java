package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;
import java.util.Set;

/**
 * A CONCURRENTLY statement in a file not marked {@code -- kei:no-transaction}, or inside the file's own BEGIN:
 * PostgreSQL refuses it in a transaction block. kei-migrate would run an unmarked file statement by statement anyway,
 * but another runner (or a reader) takes the file as one transaction, and the marker says what happens.
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
        return "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY in a transaction block or an unmarked file.";
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
        if (!file.markedNoTransaction()) {
            return Optional.of("CONCURRENTLY in a file whose first line is not " + LintFile.NO_TRANSACTION
                    + ": a runner that wraps the file in a transaction fails on it.");
        }
        return Optional.empty();
    }
}
