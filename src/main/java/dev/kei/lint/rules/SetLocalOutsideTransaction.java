package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;

/**
 * SET LOCAL where no transaction block is open (a {@code -- kei:no-transaction} file outside BEGIN ... COMMIT):
 * PostgreSQL only warns and the setting ends with the statement, so the timeout it meant to set never applies.
 */
public final class SetLocalOutsideTransaction extends StatementRule {
    @Override
    public String id() {
        return "set-local-outside-transaction";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "SET LOCAL in a statement-by-statement file, outside a BEGIN ... COMMIT of its own.";
    }

    @Override
    public String lock() {
        return "None; PostgreSQL answers WARNING: SET LOCAL can only be used in transaction blocks, and nothing is set.";
    }

    @Override
    public String safe() {
        return "Leave timeouts to kei-migrate (--lock-timeout, --statement-timeout), or use SET LOCAL inside the"
                + " transaction it is for.";
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        return s.tokens().startsWith("SET", "LOCAL") && !s.inTransaction()
                ? Optional.of("SET LOCAL outside a transaction block sets nothing: "
                        + s.statement().shown())
                : Optional.empty();
    }
}
