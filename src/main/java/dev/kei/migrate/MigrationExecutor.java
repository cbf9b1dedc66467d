package dev.kei.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * How one kind of migration file runs (Flyway's {@code MigrationExecutor}): in one transaction with its history row
 * ({@link TransactionRunner}), unit by unit with its progress recorded ({@link UnitRunner}), or, on PostgreSQL,
 * together with the files after it in one round trip, each still its own transaction ({@link Pipeline}).
 *
 * <p>An implementation keeps the history table in step with what it ran: after {@link #up} every file it reports
 * as applied has its history row, and after {@link #down} the reverted file has none. A failure it cannot retry is a
 * {@link MigrateException} naming the file and the statement, saying what was committed.
 */
interface MigrationExecutor {
    /**
     * True when each file it runs commits together with its history change, or not at all; false when it commits
     * unit by unit, so a re-run resumes after the last finished unit.
     */
    boolean canExecuteInTransaction();

    /**
     * How many of {@code todo}, from {@code from} on, it applies in one go; zero when it cannot run the file at
     * {@code from}. {@code rows} holds the history rows of files that ran before (a failed one resumes).
     */
    int length(List<MigrationFile> todo, int from, Map<String, HistoryRow> rows);

    /**
     * Applies {@code count} files of {@code todo} from {@code from} on (as {@link #length} said), printing their
     * progress line, and returns how many it applied: all of them, or, when one failed where it cannot be
     * retried, those before it and that one by a careful path, so the caller goes on after them.
     */
    int up(Connection c, List<MigrationFile> todo, int from, int count, Map<String, HistoryRow> rows)
            throws MigrateException, SQLException;

    /**
     * Reverts {@code m}, whose history row is {@code row}, by its down file and deletes the row; an executor that
     * commits unit by unit records each finished unit of the down in the row, and resumes after them.
     */
    void down(Connection c, MigrationFile m, HistoryRow row) throws MigrateException, SQLException;
}
