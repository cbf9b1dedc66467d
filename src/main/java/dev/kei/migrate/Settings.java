package dev.kei.migrate;

import java.time.Duration;
import java.util.regex.Pattern;

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
    private static final Pattern NOT_IN_NAME = Pattern.compile("[^a-z0-9_]");
    private static final Pattern DURATION = Pattern.compile("[0-9]{1,9}(us|ms|s|min|h|d)?");

    /** The durations become SQL literals: anything but a duration is a programming error (the CLI checks first). */
    public Settings {
        for (String d : new String[] {lockTimeout, statementTimeout, idleInTransactionTimeout}) {
            if (!isDuration(d)) {
                throw new IllegalArgumentException("not a PostgreSQL duration: " + d);
            }
        }
    }

    public static Settings defaults() {
        return new Settings("2s", "15min", "60s", Duration.ofMinutes(10), 5);
    }

    /**
     * The start of every migration's session as PostgreSQL statements, each ending in a semicolon. First
     * {@code RESET ROLE} and {@code RESET ALL}: whatever an earlier file SET for the session (a search_path, a role)
     * is undone, so every file starts from the same session however {@code up} batched the files. Then the settings,
     * {@code SET LOCAL} for one transaction or {@code SET} for the session, and {@code standard_conforming_strings}
     * on, so a literal means what kei wrote whatever the server's default. {@code application_name} names the
     * migration, so that {@code pg_stat_activity} shows what is running; the durations were checked by
     * {@link #isDuration} and the id is cut to {@code [a-z0-9_]}, so nothing here can close a quote.
     */
    String postgresStatements(String migrationId, boolean local) {
        String set = local ? "SET LOCAL " : "SET ";
        return "RESET ROLE;\nRESET ALL;\n"
                + set + "standard_conforming_strings = on;\n"
                + set + "lock_timeout = '" + lockTimeout + "';\n"
                + set + "statement_timeout = '" + statementTimeout + "';\n"
                + set + "idle_in_transaction_session_timeout = '" + idleInTransactionTimeout + "';\n"
                + set + "application_name = 'kei-migrate:"
                + NOT_IN_NAME.matcher(migrationId).replaceAll("") + "';\n";
    }

    /** A PostgreSQL duration literal: digits and a unit, nothing that could close the quote. */
    public static boolean isDuration(String value) {
        return value != null && DURATION.matcher(value).matches();
    }
}
