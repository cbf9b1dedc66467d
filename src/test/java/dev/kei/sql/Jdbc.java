package dev.kei.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/** Runs generated SQL files and catalogue queries over JDBC in the database tests. */
final class Jdbc {
    private Jdbc() {}

    /** Runs the file statement by statement in one transaction, as kei-migrate does; a failure rolls it all back. */
    static void apply(Connection db, String sql) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String statement : SqlStatements.split(sql)) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  Statement: " + statement, e.getSQLState(), e);
                }
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** What a test checks while the statements of {@link #tryAndRollBack} are applied, before the roll-back. */
    interface WhileApplied {
        void check() throws SQLException;
    }

    /**
     * Runs the statements in one transaction, runs {@code whileApplied} on what they made, and rolls it all back:
     * for checks that must leave nothing behind.
     */
    static void tryAndRollBack(Connection db, Iterable<String> statements, WhileApplied whileApplied)
            throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String statement : statements) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  Statement: " + statement, e.getSQLState(), e);
                }
            }
            whileApplied.check();
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    /** The first column of every row, sorted. */
    static Set<String> strings(Connection db, String query) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
