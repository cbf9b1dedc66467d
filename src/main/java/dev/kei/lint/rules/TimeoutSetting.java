package dev.kei.lint.rules;

import dev.kei.lint.Token;
import dev.kei.lint.Tokens;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reading {@code SET [SESSION|LOCAL] <timeout> {=|TO} value} and {@code RESET <timeout>} for the timeouts kei-migrate
 * sets on every migration itself (lock_timeout, statement_timeout, idle_in_transaction_session_timeout).
 */
final class TimeoutSetting {
    static final Set<String> TIMEOUTS =
            Set.of("lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout");
    // PostgreSQL's units for time settings are case-sensitive; a fraction is allowed since 12, a space before the unit
    private static final Pattern VALUE = Pattern.compile("\\s*[0-9]+(\\.[0-9]+)?\\s*(us|ms|s|min|h|d)?\\s*");
    private static final Pattern ZERO = Pattern.compile("\\s*0+(\\.0+)?\\s*(us|ms|s|min|h|d)?\\s*");

    /** A timeout set (or reset) by a statement: the setting and its value, null for RESET or DEFAULT. */
    record Timeout(String name, String value) {
        boolean valid() {
            return value == null || VALUE.matcher(value).matches();
        }

        boolean off() {
            return value == null || ZERO.matcher(value).matches();
        }
    }

    private TimeoutSetting() {}

    static Optional<Timeout> of(Tokens t) {
        if (t.is(0, "RESET") && t.size() > 1 && TIMEOUTS.contains(t.get(1).name())) {
            return Optional.of(new Timeout(t.get(1).name(), null));
        }
        if (!t.is(0, "SET")) {
            return Optional.empty();
        }
        int i = t.is(1, "SESSION") || t.is(1, "LOCAL") ? 2 : 1;
        if (i >= t.size() || !t.get(i).isName() || !TIMEOUTS.contains(t.get(i).name())) {
            return Optional.empty();
        }
        if (!t.is(i + 1, "=") && !t.is(i + 1, "TO") || i + 2 >= t.size()) {
            return Optional.empty();
        }
        Token v = t.get(i + 2);
        String value = v.is("DEFAULT")
                ? null
                : v.text() + (i + 3 < t.size() ? t.get(i + 3).text() : "");
        return Optional.of(new Timeout(t.get(i).name(), value));
    }
}
