package dev.kei.orm;

import dev.kei.sql.Column;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's Prisma type: the scalar (from kei's logical type) and the native type attribute that makes Prisma's
 * column type the one {@code db/schema.sql} writes (read from that SQL type, so the two cannot disagree).
 *
 * @param scalar {@code String}, {@code BigInt}, ...
 * @param nativeType {@code @db.VarChar(60)}, or empty where the scalar's default already is the SQL type
 */
record PrismaType(String scalar, String nativeType) {
    private static final Pattern SIZED = Pattern.compile("([a-z]+)\\((\\d+)(?:,(\\d+))?\\)");

    /** The type of {@code column}, whose SQL type on {@code database} is {@code sqlType}. */
    static PrismaType of(String sqlType, Column column, OrmDatabase database) {
        String scalar = scalar(column);
        if (database == OrmDatabase.SQLITE) {
            // SQLite's integer is the rowid and every integer: Prisma generates a key only on Int
            return new PrismaType(scalar.equals("BigInt") ? "Int" : scalar, "");
        }
        Matcher sized = SIZED.matcher(sqlType);
        if (sized.matches()) {
            String n = sized.group(2);
            return new PrismaType(
                    scalar,
                    switch (sized.group(1)) {
                        case "varchar" -> "@db.VarChar(" + n + ")";
                        case "char" -> "@db.Char(" + n + ")";
                        case "varbinary" -> "@db.VarBinary(" + n + ")";
                        case "numeric", "decimal" -> "@db.Decimal(" + n + ", " + sized.group(3) + ")";
                        case "datetime" -> "@db.DateTime(" + n + ")";
                        default -> "";
                    });
        }
        boolean mysql = database == OrmDatabase.MYSQL;
        return new PrismaType(
                scalar,
                switch (sqlType) {
                    case "smallint" -> "@db.SmallInt";
                    case "uuid" -> "@db.Uuid";
                    case "date" -> "@db.Date";
                    case "timestamptz" -> "@db.Timestamptz(6)";
                    case "jsonb" -> "@db.JsonB";
                    case "text" -> mysql ? "@db.Text" : "";
                    case "longtext" -> "@db.LongText";
                    case "longblob" -> "@db.LongBlob";
                    default -> "";
                });
    }

    private static String scalar(Column column) {
        return switch (column.type().kind()) {
            case TEXT, VARCHAR, ENUM, UUID -> "String";
            case INT, SMALLINT -> "Int";
            case BIGINT -> "BigInt";
            case BOOLEAN -> "Boolean";
            case DATE, TIMESTAMPTZ -> "DateTime";
            case NUMERIC -> "Decimal";
            case JSONB -> "Json";
            case BYTEA -> "Bytes";
        };
    }
}
