package dev.kei.lint;

import java.util.Optional;

/**
 * What lint knows of the database the migrations will run on (contracts section 11): each table's size and the
 * server's version. {@link #none()} is lint without a database: no table is known, so every existing one is
 * assumed large, and the server is assumed to be a supported one ({@link #ASSUMED_VERSION} or newer).
 */
public interface Catalog {
    /** PostgreSQL 12: the oldest whose rules ({@code SET NOT NULL} using a CHECK) static lint takes for granted. */
    int ASSUMED_VERSION = 120000;

    /**
     * A table's size.
     *
     * @param rows the estimated number of rows
     * @param bytes its heap's size on disk
     * @param source where the estimate comes from, for people
     */
    record TableSize(long rows, long bytes, String source) {}

    /** The size of {@code table} (a name as PostgreSQL folds it), or empty when the database has no such table. */
    Optional<TableSize> table(String table);

    /**
     * How many rows the planner expects {@code statement} (an UPDATE or DELETE) to write, planned but not run; empty
     * without a database or when it cannot be planned yet (it names a column an earlier file of the run adds).
     */
    default Optional<Long> plannedRows(String statement) {
        return Optional.empty();
    }

    /** {@code server_version_num}: 150004 for 15.4. */
    /**
     * Whether {@code table} already has a valid index whose key starts with {@code columns}, in that order; false
     * without a database (lint then assumes none).
     */
    default boolean indexLeadsWith(String table, java.util.List<String> columns) {
        return false;
    }

    int serverVersion();

    /** Whether sizes come from a real database; without one, every table not created in the run is assumed large. */
    boolean connected();

    /** {@code 15.4} for 150004, {@code 9.6.3} for 90603, as people name versions. */
    static String versionName(int version) {
        return version >= 100000
                ? version / 10000 + "." + version % 10000
                : version / 10000 + "." + version / 100 % 100 + "." + version % 100;
    }

    static Catalog none() {
        return new Catalog() {
            @Override
            public Optional<TableSize> table(String table) {
                return Optional.empty();
            }

            @Override
            public int serverVersion() {
                return ASSUMED_VERSION;
            }

            @Override
            public boolean connected() {
                return false;
            }
        };
    }
}
