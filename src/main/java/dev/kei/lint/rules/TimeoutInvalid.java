package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;

/**
 * A timeout set to a value PostgreSQL refuses, such as seed 003's {@code '15m'} (minutes are {@code min}): the
 * migration fails on that line.
 */
public final class TimeoutInvalid extends StatementRule {
    @Override
    public String id() {
        return "timeout-invalid";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "SET lock_timeout / statement_timeout / idle_in_transaction_session_timeout to a value that is no"
                + " PostgreSQL duration.";
    }

    @Override
    public String lock() {
        return "None; PostgreSQL refuses the value (invalid value for parameter) and the migration fails there.";
    }

    @Override
    public String safe() {
        return "A number with one of PostgreSQL's units, case-sensitive: us, ms, s, min, h, d ('15min', not '15m');"
                + " or leave it to kei-migrate's --lock-timeout and --statement-timeout.";
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        return TimeoutSetting.of(s.tokens())
                .filter(t -> !t.valid())
                .map(t -> t.name() + " = '" + t.value() + "' is no PostgreSQL duration (units: us, ms, s, min, h, d).");
    }
}
