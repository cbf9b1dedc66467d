package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;

/**
 * A statement that cannot run in a transaction block (CONCURRENTLY) in a file whose first line is not
 * {@code -- kei:no-transaction}. kei-migrate sees the statement and runs the file statement by statement anyway, so
 * {@code up} is safe and this is a warning; but another runner (Flyway, dbmate, an export) or a reader takes the
 * file as one transaction and fails on it, and the marker says what happens.
 */
public final class NoTransactionMarker extends StatementRule {
    @Override
    public String id() {
        return "no-transaction-marker";
    }

    @Override
    public Level level() {
        return Level.WARNING;
    }

    @Override
    public String flags() {
        return "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY in a file not marked -- kei:no-transaction.";
    }

    @Override
    public String lock() {
        return "SHARE UPDATE EXCLUSIVE when it runs outside a transaction; a runner that wraps the file in one gets an"
                + " error instead (CREATE INDEX CONCURRENTLY cannot run inside a transaction block).";
    }

    @Override
    public String safe() {
        return "Make -- kei:no-transaction the file's first line, so every runner runs it statement by statement.";
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        if (!s.statement().needsNoTransaction() || !s.tokens().has("CONCURRENTLY") || file.markedNoTransaction()) {
            return Optional.empty();
        }
        if (s.inTransaction() && s.ownBlock()) {
            return Optional.empty(); // concurrently-in-transaction's: it fails whatever the marker says
        }
        return Optional.of("CONCURRENTLY in a file whose first line is not " + LintFile.NO_TRANSACTION
                + ": kei-migrate runs it statement by statement, a runner that wraps the file in a transaction fails.");
    }
}
