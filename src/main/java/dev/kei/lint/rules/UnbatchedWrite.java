package dev.kei.lint.rules;

import dev.kei.lint.Cost;
import dev.kei.lint.Level;
import dev.kei.lint.LintFile;
import dev.kei.lint.LintStatement;
import dev.kei.lint.StatementRule;
import dev.kei.lint.Write;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An UPDATE or DELETE of a big table as one statement: every row it touches stays locked until it commits, so
 * writers of those rows queue behind it for the whole run, and one huge transaction holds back vacuum and bloats
 * the table. squawk and strong_migrations leave data changes alone; with a database, kei judges the rows the WHERE
 * picks by the planner's estimate, so a fix of a few rows in a big table passes.
 */
public final class UnbatchedWrite extends StatementRule {
    private static final String BACKFILL = "-- kei:backfill";

    @Override
    public String id() {
        return "unbatched-write";
    }

    @Override
    public Level level() {
        return Level.ERROR;
    }

    @Override
    public Cost cost() {
        return Cost.WRITE;
    }

    @Override
    public String flags() {
        return "UPDATE or DELETE of many rows of an existing table in one statement, not marked -- kei:backfill.";
    }

    @Override
    public String lock() {
        return "ROW EXCLUSIVE on the table, and a row lock on every row written, held until the statement commits:"
                + " writers of those rows wait for the whole statement.";
    }

    @Override
    public String safe() {
        return "Mark the UPDATE -- kei:backfill [batch N] in a -- kei:no-transaction file: kei-migrate runs it in"
                + " primary-key batches of short transactions and resumes after a crash. Delete in batches from a"
                + " loop of the application or a job.";
    }

    @Override
    protected Optional<String> check(LintFile file, int index, LintStatement s) {
        Optional<Write> write = Write.of(s.tokens());
        if (write.isEmpty() || !file.up() || markedBackfill(file, s)) {
            return Optional.empty();
        }
        String verb = write.get().delete() ? "DELETE from " : "UPDATE of ";
        return Optional.of(verb + write.get().table() + " in one statement"
                + (write.get().where() ? "" : " without WHERE") + " locks every row it writes until it commits.");
    }

    /** Whether the line right above the statement is a backfill marker (checked in full by kei-migrate up). */
    private static boolean markedBackfill(LintFile file, LintStatement s) {
        List<String> lines = file.text().lines().toList();
        int above = s.line() - 2;
        return above >= 0 && lines.get(above).strip().toLowerCase(Locale.ROOT).startsWith(BACKFILL);
    }
}
