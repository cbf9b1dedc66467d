package dev.kei.lint.rules;

import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import java.util.Optional;

/**
 * A file that turns a timeout off (0, DEFAULT or RESET, whose server default is usually 0). kei-migrate sets
 * lock_timeout and statement_timeout on every migration itself, so a file without them is fine under kei; what
 * defeats that protection is a file switching them off, after which one statement can queue behind a long lock and
 * stall every query of the table behind it.
 */
public final class TimeoutDisabled extends StatementRule {
    @Override
    public String id() {
        return "timeout-disabled";
    }

    @Override
    public Level level() {
        return Level.WARNING;
    }

    @Override
    public String flags() {
        return "SET lock_timeout / statement_timeout to 0 or DEFAULT, or RESET them, undoing kei-migrate's timeouts.";
    }

    @Override
    public String lock() {
        return "Whatever the next statement takes, waited for without limit: while it queues for the lock every later"
                + " query on the table queues behind it.";
    }

    @Override
    public String safe() {
        return "Keep kei-migrate's timeouts, or raise one for a known slow statement (SET LOCAL statement_timeout ="
                + " '1h') instead of turning it off.";
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        return TimeoutSetting.of(s.tokens())
                .filter(t -> t.valid() && t.off())
                .map(t -> t.name() + " is turned off: statements after it may wait for locks without limit.");
    }
}
