package dev.kei.migrate.export;

import dev.kei.migrate.Settings;

/**
 * The lock_timeout and statement_timeout kei-migrate sets on every migration itself: another runner sets none, so
 * an exported file sets them, in the form its transaction mode needs. In a transaction {@code SET LOCAL} ends with
 * it; outside one, {@code SET} holds for the session, so the file resets both at its end.
 */
public record Timeouts(String lockTimeout, String statementTimeout) {
    public Timeouts {
        if (!Settings.isDuration(lockTimeout) || !Settings.isDuration(statementTimeout)) {
            throw new IllegalArgumentException("not a PostgreSQL duration"); // they become SQL literals
        }
    }

    public static Timeouts of(Settings settings) {
        return new Timeouts(settings.lockTimeout(), settings.statementTimeout());
    }

    /** The statements a file starts with: {@code SET LOCAL} in a transaction, {@code SET} outside one. */
    String header(boolean inTransaction) {
        String set = inTransaction ? "SET LOCAL " : "SET ";
        return "-- kei-migrate sets these on every migration; this runner does not.\n"
                + set + "lock_timeout = '" + lockTimeout + "';\n"
                + set + "statement_timeout = '" + statementTimeout + "';\n";
    }

    /** The statements a file ends with: none in a transaction, a reset of both outside one. */
    String footer(boolean inTransaction) {
        return inTransaction ? "" : "RESET lock_timeout;\nRESET statement_timeout;\n";
    }
}
