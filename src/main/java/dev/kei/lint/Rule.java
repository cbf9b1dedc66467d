package dev.kei.lint;

import java.util.List;
import java.util.Set;

/**
 * One safety concern of PostgreSQL migrations, one class per rule under {@code dev.kei.lint.rules}, each with
 * fixtures in {@code src/test/resources/lint/<id>/ok/} (no hit of this rule) and {@code err/} (exactly one).
 * An implementation must be stateless: one instance lints every file.
 */
public interface Rule {
    /** The kebab-case id people write in {@code -- kei:allow <id> <reason>}. */
    String id();

    Level level();

    /** What the rule flags, in one sentence. */
    String flags();

    /** The lock the flagged statement takes, and what it blocks, per the PostgreSQL documentation. */
    String lock();

    /** What to write instead. */
    String safe();

    /**
     * What the flagged statement does to every row while it holds its lock. A rule with a cost is judged by the size
     * of the table its statement acts on ({@link LintStatement#table()}): harmless on a small or new one, a warning on
     * a mid-sized one, its own level on a big one or one whose size is unknown ({@link Thresholds}).
     */
    default Cost cost() {
        return Cost.NONE;
    }

    /** squawk's ids for the same concern: its {@code -- squawk-ignore} comments suppress this rule too. */
    default Set<String> squawkIds() {
        return Set.of();
    }

    /** The hits in {@code file}. */
    List<Hit> check(LintFile file);

    /**
     * The same, knowing what the database holds (its indexes, say): by default what {@link #check(LintFile)} finds.
     * A rule that can tell a statement is safe from the live catalogue overrides this.
     */
    default List<Hit> check(LintFile file, Catalog catalog) {
        return check(file);
    }
}
