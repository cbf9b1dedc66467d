package dev.kei.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule over migration files, drops the findings a {@code -- kei:allow} (or squawk ignore) comment right
 * above the statement allows, and judges the findings of size-dependent rules by their table's size: from the
 * {@link Catalog} of the database, zero for a table created earlier in the run, assumed large when unknown
 * (contracts section 11), then leveled by the {@link Thresholds}.
 */
public final class Linter {
    private final List<Rule> rules;
    private final Catalog catalog;
    private final Thresholds thresholds;

    public Linter(List<Rule> rules, Catalog catalog, Thresholds thresholds) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.thresholds = thresholds;
    }

    public Linter(Catalog catalog, Thresholds thresholds) {
        this(Rules.all(), catalog, thresholds);
    }

    /** Static lint: no database, default thresholds. */
    public Linter() {
        this(Catalog.none(), Thresholds.defaults());
    }

    /** Lints one file on its own. */
    public List<Finding> lint(LintFile file) {
        return lint(List.of(), List.of(file));
    }

    /** Lints {@code files} in order: each up file's statements are the schema the later files start from. */
    public List<Finding> lint(List<LintFile> files) {
        return lint(List.of(), files);
    }

    /**
     * Lints {@code files} in order after {@code context}: up files that are not linted (older than the files named)
     * but tell what the schema was. Which of them already ran is not known, so only a table created earlier in the
     * same file counts as new: one created by an earlier file may have filled up since.
     */
    public List<Finding> lint(List<LintFile> context, List<LintFile> files) {
        return lint(context, files, false);
    }

    /**
     * Lints {@code pending}, the files one {@code up} is about to run in order, after {@code applied}: a table that
     * an earlier pending file creates does not exist yet, so it is empty when the later file runs.
     */
    public List<Finding> lintPending(List<LintFile> applied, List<LintFile> pending) {
        return lint(applied, pending, true);
    }

    private List<Finding> lint(List<LintFile> context, List<LintFile> files, boolean oneRun) {
        List<Finding> out = new ArrayList<>();
        List<LintStatement> earlier = new ArrayList<>();
        context.stream().filter(LintFile::up).forEach(f -> earlier.addAll(f.statements()));
        Set<String> created = new HashSet<>();
        for (LintFile f : files) {
            out.addAll(lintOne(f.after(earlier, catalog.serverVersion()), created));
            if (f.up()) {
                earlier.addAll(f.statements());
                if (oneRun) {
                    f.statements()
                            .forEach(s -> LintFile.createdTable(s.tokens()).ifPresent(created::add));
                }
            }
        }
        return out;
    }

    private List<Finding> lintOne(LintFile file, Set<String> createdInRun) {
        List<String> lines = file.text().lines().toList();
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Hit hit : rule.check(file, catalog)) {
                boolean allowed =
                        hit.line() > 1 && Allow.above(lines, hit.line()).contains(rule.id());
                if (allowed && !(rule instanceof AllowWithoutReason)) {
                    continue;
                }
                Optional<Impact> impact = impact(rule, file, hit, createdInRun);
                Optional<Level> level =
                        impact.map(i -> thresholds.level(rule.level(), i)).orElse(Optional.of(rule.level()));
                level.ifPresent(l -> out.add(Finding.of(file, rule, hit, l, impact)));
            }
        }
        out.sort(Comparator.comparingInt(Finding::line));
        return out;
    }

    /** The size of the table the hit's statement works through, for a rule whose cost grows with it. */
    private Optional<Impact> impact(Rule rule, LintFile file, Hit hit, Set<String> createdInRun) {
        if (rule.cost() == Cost.NONE || hit.statement() < 0) {
            return Optional.empty();
        }
        String table = file.statements().get(hit.statement()).table();
        if (table == null) {
            return Optional.empty();
        }
        if (file.createdBefore(table, hit.statement())) {
            return Optional.of(Impact.measured(table, 0, 0, rule.cost(), "created earlier in this file"));
        }
        if (createdInRun.contains(table)) {
            return Optional.of(Impact.measured(table, 0, 0, rule.cost(), "created earlier in this run"));
        }
        Optional<Catalog.TableSize> size = catalog.table(table);
        if (size.isPresent()) {
            Catalog.TableSize t = size.get();
            LintStatement s = file.statements().get(hit.statement());
            boolean narrowed = rule.cost() == Cost.WRITE
                    && Write.of(s.tokens()).map(Write::where).orElse(false);
            Optional<Long> planned =
                    narrowed ? catalog.plannedRows(s.statement().sql()) : Optional.empty();
            if (planned.isPresent()) {
                long rows = Math.min(planned.get(), t.rows());
                long bytes = t.rows() == 0 ? 0 : (long) ((double) t.bytes() * rows / t.rows());
                return Optional.of(Impact.measured(
                        table,
                        rows,
                        bytes,
                        rule.cost(),
                        "planner estimate of the rows" + " its WHERE picks, of ~" + t.rows()));
            }
            return Optional.of(Impact.measured(table, t.rows(), t.bytes(), rule.cost(), t.source()));
        }
        return Optional.of(Impact.assumedLarge(
                table, catalog.connected() ? "not in the database, assumed large" : "no database, assumed large"));
    }
}
