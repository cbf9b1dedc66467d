package dev.kei.migrate;

import java.time.Duration;

/**
 * How migrations run: the session timeouts of seed 003 (set for every migration), how long to wait for another
 * process's lock, how often a statement that hit {@code lock_timeout} is retried (with jitter).
 *
 * @param lockTimeout PostgreSQL {@code lock_timeout}, e.g. {@code 2s}
 * @param statementTimeout PostgreSQL {@code statement_timeout}, e.g. {@code 15min}
 * @param idleInTransactionTimeout PostgreSQL {@code idle_in_transaction_session_timeout}
 * @param lockWait how long to wait for the migration lock another process holds
 * @param lockRetries how many times a migration that failed on {@code lock_timeout} (55P03) is tried again
 */
public record Settings(
        String lockTimeout,
        String statementTimeout,
        String idleInTransactionTimeout,
        Duration lockWait,
        int lockRetries) {

    public static Settings defaults() {
        return new Settings("2s", "15min", "60s", Duration.ofMinutes(10), 5);
    }

    /** A PostgreSQL duration literal: digits and a unit, nothing that could close the quote. */
    public static boolean isDuration(String value) {
        return value.matches("[0-9]{1,9}(us|ms|s|min|h|d)?");
    }
}
