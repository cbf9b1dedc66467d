package dev.kei.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over migration files and drops the findings a {@code -- kei:allow} (or squawk ignore) comment right
 * above the statement allows. Static: no database, so every existing table is assumed large (contracts section 11).
 */
public final class Linter {
    private final List<Rule> rules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Linter() {
        this(Rules.all());
    }

    public List<Finding> lint(LintFile file) {
        List<String> lines = file.text().lines().toList();
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Hit hit : rule.check(file)) {
                boolean allowed =
                        hit.line() > 1 && Allow.above(lines, hit.line()).contains(rule.id());
                if (!allowed || rule instanceof AllowWithoutReason) {
                    out.add(Finding.of(file, rule, hit));
                }
            }
        }
        out.sort(Comparator.comparingInt(Finding::line));
        return out;
    }

    /** Lints {@code files} in order: each up file's statements are the schema the later files start from. */
    public List<Finding> lint(List<LintFile> files) {
        return lint(List.of(), files);
    }

    /** Lints {@code files} after {@code context}, up files that are not linted but tell what the schema was. */
    public List<Finding> lint(List<LintFile> context, List<LintFile> files) {
        List<Finding> out = new ArrayList<>();
        List<LintStatement> earlier = new ArrayList<>();
        context.stream().filter(LintFile::up).forEach(f -> earlier.addAll(f.statements()));
        for (LintFile f : files) {
            out.addAll(lint(f.after(earlier)));
            if (f.up()) {
                earlier.addAll(f.statements());
            }
        }
        return out;
    }
}
