package dev.kei.lint.rules;

import dev.kei.lint.Cost;
import dev.kei.lint.CreateIndex;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;
import java.util.Set;

/** A plain CREATE INDEX on a table this file did not create: writers wait for the whole build. */
public final class RequireConcurrentIndex extends StatementRule {
    @Override
    public String id() {
        return "require-concurrent-index";
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
        return "CREATE INDEX without CONCURRENTLY on a table that already exists.";
    }

    @Override
    public String lock() {
        return "SHARE on the table for the whole build: reads go on, INSERT, UPDATE and DELETE wait.";
    }

    @Override
    public String safe() {
        return "CREATE INDEX CONCURRENTLY name ON table (...) in its own -- kei:no-transaction file (SHARE UPDATE"
                + " EXCLUSIVE: writes go on).";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("require-concurrent-index-creation");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        return CreateIndex.of(s.tokens())
                .filter(c -> !c.concurrently())
                .map(c -> "CREATE INDEX on existing table " + c.table() + " without CONCURRENTLY blocks its writes"
                        + " until the index is built.");
    }
}
