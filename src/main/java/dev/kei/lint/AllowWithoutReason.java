package dev.kei.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code -- kei:allow} comment without a reason or naming no rule: it suppresses nothing, and says so, because a
 * silent exception is how an unsafe statement reaches production unreviewed.
 */
final class AllowWithoutReason implements Rule {
    @Override
    public String id() {
        return "allow-without-reason";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public String flags() {
        return "A -- kei:allow comment with no reason, or naming a rule kei does not have.";
    }

    @Override
    public String lock() {
        return "None; the comment suppresses nothing, so the finding it meant to allow is reported too.";
    }

    @Override
    public String safe() {
        return "-- kei:allow <rule-id> <why this statement is safe here> on the line before the statement.";
    }

    @Override
    public List<Hit> check(LintFile file) {
        List<Hit> hits = new ArrayList<>();
        List<String> lines = file.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            Allow.parse(lines.get(i)).flatMap(Allow::problem).ifPresent(p -> hits.add(new Hit(line, p)));
        }
        return hits;
    }
}
