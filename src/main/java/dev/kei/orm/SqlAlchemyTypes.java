package dev.kei.orm;

import dev.kei.db.ColumnType;
import dev.kei.db.Database;
import dev.kei.sql.Column;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;

/**
 * Which SQLAlchemy type gives each column exactly the type {@code db/schema.sql} gives it. On PostgreSQL that is the
 * logical type; on SQLite it is the storage class the DDL declares ({@code text}, {@code integer}, {@code numeric},
 * {@code blob}), so the declared types and their affinities agree and Python holds what SQLite stores.
 */
final class SqlAlchemyTypes {
    private SqlAlchemyTypes() {}

    static SqlAlchemyType of(Column c, Database database) {
        ColumnType.Kind kind = c.role() == Column.Role.KEY || c.role() == Column.Role.REFERENCE
                ? keyKind(c.type().kind())
                : c.type().kind();
        ColumnType type = kind == c.type().kind() ? c.type() : ColumnType.of(kind);
        return OrmDatabase.of(database) == OrmDatabase.SQLITE ? sqlite(type) : postgres(type);
    }

    /** Keys are UUIDs or bigints, whatever a reference's type says beyond that (as the dialects' keyTypeOf does). */
    private static ColumnType.Kind keyKind(ColumnType.Kind kind) {
        return kind == ColumnType.Kind.UUID ? ColumnType.Kind.UUID : ColumnType.Kind.BIGINT;
    }

    private static SqlAlchemyType postgres(ColumnType t) {
        return switch (t.kind()) {
            case TEXT, ENUM -> new SqlAlchemyType("sa.Text()", "str");
            case VARCHAR -> new SqlAlchemyType("sa.String(" + t.length() + ")", "str");
            case INT -> new SqlAlchemyType("sa.Integer()", "int");
            case BIGINT -> new SqlAlchemyType("sa.BigInteger()", "int");
            case SMALLINT -> new SqlAlchemyType("sa.SmallInteger()", "int");
            case BOOLEAN -> new SqlAlchemyType("sa.Boolean()", "bool");
            case UUID -> new SqlAlchemyType("sa.Uuid()", "uuid.UUID");
            case DATE -> new SqlAlchemyType("sa.Date()", "datetime.date");
            case TIMESTAMPTZ -> new SqlAlchemyType("sa.DateTime(timezone=True)", "datetime.datetime");
            case NUMERIC -> new SqlAlchemyType(
                    "sa.Numeric(" + t.precision() + ", " + t.scale() + ")", "decimal.Decimal");
            case JSONB -> new SqlAlchemyType("postgresql.JSONB()", "Any");
            case BYTEA -> new SqlAlchemyType("sa.LargeBinary()", "bytes");
        };
    }

    private static SqlAlchemyType sqlite(ColumnType t) {
        return switch (t.kind()) {
            case TEXT, VARCHAR, UUID, DATE, TIMESTAMPTZ, JSONB, ENUM -> new SqlAlchemyType("sa.Text()", "str");
            case INT, BIGINT, SMALLINT, BOOLEAN -> new SqlAlchemyType("sa.Integer()", "int");
            case NUMERIC -> new SqlAlchemyType("sa.Numeric()", "decimal.Decimal");
            case BYTEA -> new SqlAlchemyType("sa.LargeBinary()", "bytes");
        };
    }

    /** Whether a column of the schema has a type that needs {@code from sqlalchemy.dialects import postgresql}. */
    static boolean needsPostgresql(Schema schema, Database database) {
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (of(c, database).expression().startsWith("postgresql.")) {
                    return true;
                }
            }
        }
        return false;
    }
}
