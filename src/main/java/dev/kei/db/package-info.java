/**
 * The database layer: one {@link dev.kei.db.Database} per database kei writes for, holding how its SQL is spelled
 * ({@link dev.kei.db.Dialect}), how kei-migrate runs on it ({@link dev.kei.db.MigrationRuntime}) and what its DDL
 * can do safely. It is resolved once, from the DB answer or a {@link dev.kei.db.DatabaseUrl}; code outside this
 * package asks it for facts and never which database it is. The room for "kei learns a new database" or "a database
 * behaves differently here". It depends on nothing else of kei.
 */
package dev.kei.db;
