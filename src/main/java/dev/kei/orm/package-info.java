/**
 * ORM-native files (contracts section 13): Drizzle, Prisma and SQLAlchemy descriptions of the schema kei designs or
 * changes, each rendered from {@link dev.kei.orm.OrmInput} by one {@link dev.kei.orm.OrmFiles}. The skills decide when
 * they are written; this package only knows how each ORM spells a schema.
 */
package dev.kei.orm;
