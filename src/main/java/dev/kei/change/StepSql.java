package dev.kei.change;

import dev.kei.db.Dialect;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL pieces every recipe writes: quoted names, the session timeouts of seed 003 where they take effect
 * ({@code SET LOCAL} inside a file kei-migrate wraps in a transaction, {@code SET} in a statement-by-statement
 * one, where {@code SET LOCAL} would be ignored), and the statement timeout a long step needs for its table's size.
 */
final class StepSql {
    static final String NO_TRANSACTION = "-- kei:no-transaction";
    /**
     * How long a statement that takes a lock writers queue behind (ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE) may wait
     * for it: while it waits, every writer waits behind it, so a long reader (a report, pg_dump) must make it give up
     * fast, and kei-migrate retries it with jitter. The benchmark in BENCHMARKS.md (issue 13) measured a 2 s wait
     * here as a 2 s stall of every writer.
     */
    static final String QUICK_LOCK_TIMEOUT = "200ms";
    /** For a lock writers do not queue behind (SHARE UPDATE EXCLUSIVE, a batch's row locks): no hurry. */
    static final String PATIENT_LOCK_TIMEOUT = "2s";

    private static final Dialect POSTGRES = PostgresOnly.DATABASE.dialect();

    private StepSql() {}

    static String q(String name) {
        return POSTGRES.quote(name);
    }

    static String list(List<String> names) {
        return names.stream().map(StepSql::q).collect(Collectors.joining(", "));
    }

    /**
     * The timeouts of a step that runs in one transaction whose statements take a lock writers queue behind (the
     * quick lock timeout); {@code work} is how long its slowest statement may take.
     */
    static List<String> inTransaction(Duration work) {
        return timeouts("SET LOCAL ", QUICK_LOCK_TIMEOUT, work);
    }

    /** The timeouts of a one-transaction step whose lock writers do not queue behind (VALIDATE). */
    static List<String> inTransactionPatient(Duration work) {
        return timeouts("SET LOCAL ", PATIENT_LOCK_TIMEOUT, work);
    }

    /**
     * The timeouts of a statement-by-statement step (session settings, which kei-migrate resets per file), patient:
     * a statement that takes a blocking lock in such a step sets {@link #quickLock()} before it.
     */
    static List<String> outsideTransaction(Duration work) {
        return timeouts("SET ", PATIENT_LOCK_TIMEOUT, work);
    }

    /** In a statement-by-statement step: the next statements take a lock writers queue behind. */
    static String quickLock() {
        return "SET lock_timeout = '" + QUICK_LOCK_TIMEOUT + "';";
    }

    /** In a statement-by-statement step: back to the patient lock timeout. */
    static String patientLock() {
        return "SET lock_timeout = '" + PATIENT_LOCK_TIMEOUT + "';";
    }

    /** {@code set} ({@code SET } or {@code SET LOCAL }) of the lock timeout and of a statement timeout for {@code work}. */
    private static List<String> timeouts(String set, String lockTimeout, Duration work) {
        return List.of(
                set + "lock_timeout = '" + lockTimeout + "';", set + "statement_timeout = '" + minutes(work) + "';");
    }

    /**
     * A UNIQUE constraint taking over an index, robust in a statement-by-statement step: a re-run after a stop meets
     * a constraint of that name, so it goes first (IF EXISTS; the index is untouched).
     */
    static List<String> uniqueUsingIndex(String table, String constraint, String index) {
        return List.of(
                "ALTER TABLE " + q(table) + " DROP CONSTRAINT IF EXISTS " + q(constraint) + ";",
                "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(constraint) + " UNIQUE USING INDEX " + q(index)
                        + ";");
    }

    /** A statement that succeeds again when run again (a default set), marked so for squawk's robustness rule. */
    static List<String> idempotent(String statement) {
        return List.of("-- run again after a stop, it succeeds", "-- squawk-ignore prefer-robust-stmts", statement);
    }

    /** A statement timeout of at least a minute, in whole minutes: PostgreSQL's {@code min} unit (not seed 003's m). */
    private static String minutes(Duration work) {
        return Math.max(1, (work.toSeconds() + 59) / 60) + "min";
    }
}
