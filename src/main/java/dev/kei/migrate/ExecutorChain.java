package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The executors of one database in the order they are asked to take the next pending file: the pipeline first
 * where the database has one (runs of files that never ran), then one transaction, then unit by unit.
 */
final class ExecutorChain {
    private final List<MigrationExecutor> executors;
    private final TransactionRunner whole;
    private final UnitRunner stepwise;

    /** {@code rerun} is the command that runs the work again, for the last line of an error. */
    ExecutorChain(Target target, Settings settings, Progress progress, HistoryTable history, String rerun) {
        Attempts attempts = new Attempts(target, settings, progress, rerun);
        this.whole = new TransactionRunner(attempts, history);
        this.stepwise = new UnitRunner(attempts, history);
        this.executors = target.runtime().scriptInOneCall()
                ? List.of(new Pipeline(settings, history, whole, progress), whole, stepwise)
                : List.of(whole, stepwise);
    }

    /** Applies {@code todo} in order, each file through the first executor that takes it. */
    void up(Connection c, List<MigrationFile> todo, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException {
        int i = 0;
        while (i < todo.size()) {
            i += next(todo, i, rows, c);
        }
    }

    private int next(List<MigrationFile> todo, int i, Map<String, HistoryRow> rows, Connection c)
            throws MigrateException, SQLException {
        for (MigrationExecutor e : executors) {
            int n = e.length(todo, i, rows);
            if (n > 0) {
                return e.up(c, todo, i, n, rows);
            }
        }
        throw new IllegalStateException("no executor takes " + todo.get(i).id());
    }

    /**
     * Reverts {@code m} by the executor of its down file's kind. A down that stopped part-way resumes only as the
     * statement-by-statement file it was: run whole, it would repeat the units that finished.
     */
    void down(Connection c, MigrationFile m, HistoryRow row) throws MigrateException, SQLException {
        boolean stepwiseFile = m.down().orElseThrow().noTransaction();
        if (row.reverting() && !stepwiseFile) {
            throw MigrateException.usage(
                    "The down of " + m.id() + " stopped after unit " + row.revertedUnits()
                            + " as a -- kei:no-transaction file, and is no longer one.",
                    "Put back its -- kei:no-transaction line, so it resumes after the units that ran.");
        }
        (stepwiseFile ? stepwise : whole).down(c, m, row);
    }
}
