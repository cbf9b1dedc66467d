package dev.kei.change;

import dev.kei.db.Database;

/**
 * db-change's one database: its recipes are PostgreSQL's online protocol (CONCURRENTLY, NOT VALID, SET NOT NULL
 * through a validated CHECK), so the package names PostgreSQL here once rather than asking for a fact it could not
 * act on otherwise.
 */
public final class PostgresOnly {
    public static final Database DATABASE = Database.POSTGRESQL;

    private PostgresOnly() {}
}
