package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;
import java.util.Set;

/** TRUNCATE ... CASCADE: empties every table that references the named ones, which the statement does not name. */
public final class TruncateCascade extends StatementRule {
    @Override
    public String id() {
        return "truncate-cascade";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "TRUNCATE ... CASCADE.";
    }

    @Override
    public String lock() {
        return "ACCESS EXCLUSIVE on every table truncated, the referencing ones CASCADE pulls in included.";
    }

    @Override
    public String safe() {
        return "TRUNCATE the tables by name (RESTRICT, the default, refuses when another table references them), or"
                + " DELETE in batches.";
    }

    @Override
    public Set<String> squawkIds() {
        return Set.of("ban-truncate-cascade");
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        return s.tokens().is(0, "TRUNCATE") && s.tokens().has("CASCADE")
                ? Optional.of("TRUNCATE ... CASCADE also empties every table that references these, unnamed here.")
                : Optional.empty();
    }
}
