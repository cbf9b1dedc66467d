package dev.kei.lint;

import java.util.Optional;

/**
 * A rule's hit in a file, with the rule's facts, as every report format prints it.
 *
 * @param level the rule's level, or lower when the table is smaller than {@link Thresholds} call big
 * @param impact for a rule with a {@link Cost}: the size of the table and how long its lock would last
 */
public record Finding(
        String file,
        int line,
        String rule,
        Level level,
        String message,
        String lock,
        String safe,
        Optional<Impact> impact) {
    static Finding of(LintFile file, Rule rule, Hit hit, Level level, Optional<Impact> impact) {
        return new Finding(file.shown(), hit.line(), rule.id(), level, hit.message(), rule.lock(), rule.safe(), impact);
    }
}
