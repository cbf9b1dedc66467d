package dev.kei.orm;

import dev.kei.db.Database;

/**
 * The database an ORM file is written for. An ORM names it in its own API (Drizzle's {@code pgTable} or
 * {@code sqliteTable}, Prisma's {@code provider}, SQLAlchemy's dialect types and SQLite's storage classes), so the
 * ORM writers ask which database it is, not for a fact of it; this is the one place a {@link Database} becomes one.
 */
public enum OrmDatabase {
    POSTGRESQL,
    MYSQL,
    SQLITE;

    /** The constant of the same name: each database kei knows is one here (valueOf throws on a new one). */
    public static OrmDatabase of(Database database) {
        return valueOf(database.name());
    }
}
