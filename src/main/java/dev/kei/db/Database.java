package dev.kei.db;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One database kei writes for, with every fact about it in one place: how its SQL is spelled ({@link #dialect()}),
 * how kei-migrate runs migrations on it ({@link #runtime()}), and what its DDL can do safely
 * ({@link #buildsIndexesConcurrently()}, {@link #transactionalDdl()}). It is resolved once, from the DB answer of
 * phase 1 ({@link #of(String)}) or from a URL ({@link DatabaseUrl#database()}); no code outside this package asks
 * which database it has, it asks for a fact.
 */
public enum Database {
    POSTGRESQL(new PostgresDialect(), MigrationRuntime.POSTGRESQL, true, false),
    MYSQL(new MySqlDialect(), null, false, false),
    SQLITE(new SqliteDialect(), MigrationRuntime.SQLITE, false, true);

    private final Dialect dialect;
    private final MigrationRuntime runtime;
    private final boolean concurrentIndexBuilds;
    private final boolean oneFile;

    Database(Dialect dialect, MigrationRuntime runtime, boolean concurrentIndexBuilds, boolean oneFile) {
        this.dialect = dialect;
        this.runtime = runtime;
        this.concurrentIndexBuilds = concurrentIndexBuilds;
        this.oneFile = oneFile;
    }

    /** Whether a database of this kind is one file (SQLite), which its URL names, rather than a server. */
    public boolean isOneFile() {
        return oneFile;
    }

    /** The database for the DB answer ("PostgreSQL", "MySQL", "SQLite"; case and a "postgres" spelling forgiven). */
    public static Database of(String dbLabel) {
        String wanted = dbLabel.trim().toLowerCase(Locale.ROOT);
        for (Database d : values()) {
            if (d.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || d.dialect.id().equals(wanted)) {
                return d;
            }
        }
        if (wanted.equals("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "Unknown database '" + dbLabel + "': kei writes SQL for PostgreSQL, MySQL or SQLite.");
    }

    /** Every database's dialect, in the order phase 1 offers them. */
    public static List<Dialect> dialects() {
        return Arrays.stream(values()).map(Database::dialect).toList();
    }

    /** The name people use: "PostgreSQL", "MySQL", "SQLite". */
    public String label() {
        return dialect.label();
    }

    /** How kei's schema is spelled on this database. */
    public Dialect dialect() {
        return dialect;
    }

    /** How kei-migrate runs migrations here; empty for a database it does not run (MySQL: the user's runner does). */
    public Optional<MigrationRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    /**
     * Whether an index can be built without blocking writes ({@code CREATE INDEX CONCURRENTLY}). Such a build runs
     * outside any transaction and, when it fails, leaves an INVALID index behind that a re-run must drop first.
     */
    public boolean buildsIndexesConcurrently() {
        return concurrentIndexBuilds;
    }

    /**
     * Whether kei-migrate runs a {@code -- kei:backfill} UPDATE in primary-key batches here: it reads the key from
     * PostgreSQL's catalogue and batches with {@code UPDATE ... FROM}.
     */
    public boolean batchesBackfills() {
        return runtime == MigrationRuntime.POSTGRESQL;
    }

    /**
     * Whether kei-migrate lint's rules describe this database's DDL: they are PostgreSQL's table locks, rewrites and
     * scans (with its catalogue's row estimates), so up lints only here.
     */
    public boolean hasOnlineDdlRules() {
        return runtime == MigrationRuntime.POSTGRESQL;
    }

    /** Whether DDL rolls back with its transaction (MySQL commits before every DDL statement). */
    public boolean transactionalDdl() {
        return dialect.supportsTransactionalDdl();
    }
}
