package dev.kei.lint;

/** A rule's hit in a file, with the rule's facts, as every report format prints it. */
public record Finding(String file, int line, String rule, Level level, String message, String lock, String safe) {
    static Finding of(LintFile file, Rule rule, Hit hit) {
        return new Finding(file.shown(), hit.line(), rule.id(), rule.level(), hit.message(), rule.lock(), rule.safe());
    }
}
