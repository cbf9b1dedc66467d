/**
 * db-change: safe follow-up migrations of a schema that exists. The skill's engine: where the current schema comes
 * from ({@link dev.kei.change.SchemaSource}: the live database, the migrations folder replayed, or
 * {@code db/schema.sql}), its read model ({@link dev.kei.change.LiveSchema} and its tables, columns, keys, indexes
 * and checks, as PostgreSQL's catalogue prints them), and the changes made to it.
 */
package dev.kei.change;
