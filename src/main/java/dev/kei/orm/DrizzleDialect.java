package dev.kei.orm;

import dev.kei.sql.Column;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Drizzle calls a database: its core module, its table function and the builder for each SQL type kei's
 * dialect writes. A builder is chosen from the SQL type {@code db/schema.sql} gives the column (never from the
 * logical type alone), so the two cannot disagree; a type without a builder becomes a {@code customType}.
 */
sealed interface DrizzleDialect permits DrizzleDialect.Postgres, DrizzleDialect.MySql, DrizzleDialect.Sqlite {
    Pattern SIZED = Pattern.compile("([a-z]+)\\((\\d+)(?:,(\\d+))?\\)");

    /** The module the builders are imported from: {@code drizzle-orm/pg-core}. */
    String module();

    /** The function that declares a table: {@code pgTable}. */
    String tableFunction();

    /** drizzle-kit's name for the dialect, in {@code drizzle.config.ts}. */
    String configDialect();

    /** The type of a table's constraints and indexes, which a table referencing a later one must declare. */
    String extraConfigType();

    /** The builder for a column whose SQL type is {@code sqlType}. */
    DrizzleType type(String sqlType, Column column);

    /** The builder call that makes the database generate the key of {@code table}, for the dialect's clause. */
    String generatedKey(String clause, String table, String column);

    /** Drizzle's dialect for the database: one core each. */
    static DrizzleDialect of(OrmDatabase database) {
        return switch (database) {
            case POSTGRESQL -> new Postgres();
            case MYSQL -> new MySql();
            case SQLITE -> new Sqlite();
        };
    }

    /** drizzle-orm/pg-core. */
    record Postgres() implements DrizzleDialect {
        @Override
        public String extraConfigType() {
            return "PgTableExtraConfigValue";
        }

        @Override
        public String module() {
            return "drizzle-orm/pg-core";
        }

        @Override
        public String tableFunction() {
            return "pgTable";
        }

        @Override
        public String configDialect() {
            return "postgresql";
        }

        @Override
        public DrizzleType type(String sqlType, Column column) {
            Matcher sized = SIZED.matcher(sqlType);
            if (sized.matches()) {
                return switch (sized.group(1)) {
                    case "varchar" -> DrizzleType.of("varchar", "length: " + sized.group(2));
                    case "numeric" -> DrizzleType.of(
                            "numeric", "precision: " + sized.group(2), "scale: " + sized.group(3));
                    default -> DrizzleType.custom(sqlType);
                };
            }
            return switch (sqlType) {
                case "text", "integer", "smallint", "boolean", "uuid", "date", "jsonb" -> DrizzleType.of(sqlType);
                case "bigint" -> DrizzleType.of("bigint", "mode: 'number'");
                case "timestamptz" -> DrizzleType.of("timestamp", "withTimezone: true");
                default -> DrizzleType.custom(sqlType);
            };
        }

        /**
         * drizzle-kit names an identity's sequence {@code table_column_seq} whatever its length, where PostgreSQL,
         * for db/schema.sql, shortens a name over 63 bytes its own way: such a name is given explicitly.
         */
        @Override
        public String generatedKey(String clause, String table, String column) {
            if (!clause.contains("GENERATED ALWAYS AS IDENTITY")) {
                return "";
            }
            String drizzles = table + "_" + column + "_seq";
            String postgres = sequenceName(table, column);
            return drizzles.equals(postgres)
                    ? ".generatedAlwaysAsIdentity()"
                    : ".generatedAlwaysAsIdentity({ name: " + JsText.quoted(postgres) + " })";
        }

        /** PostgreSQL's makeObjectName(table, column, "seq"): the longer part is cut until the name fits 63 bytes. */
        static String sequenceName(String table, String column) {
            int available = 63 - "_".length() - "_seq".length();
            int t = table.length();
            int c = column.length();
            while (t + c > available) {
                if (t > c) {
                    t--;
                } else {
                    c--;
                }
            }
            return table.substring(0, t) + "_" + column.substring(0, c) + "_seq";
        }
    }

    /** drizzle-orm/mysql-core. */
    record MySql() implements DrizzleDialect {
        @Override
        public String extraConfigType() {
            return "MySqlTableExtraConfigValue";
        }

        @Override
        public String module() {
            return "drizzle-orm/mysql-core";
        }

        @Override
        public String tableFunction() {
            return "mysqlTable";
        }

        @Override
        public String configDialect() {
            return "mysql";
        }

        @Override
        public DrizzleType type(String sqlType, Column column) {
            Matcher sized = SIZED.matcher(sqlType);
            if (sized.matches()) {
                return switch (sized.group(1)) {
                    case "varchar", "char", "varbinary" -> DrizzleType.of(sized.group(1), "length: " + sized.group(2));
                    case "decimal" -> DrizzleType.of(
                            "decimal", "precision: " + sized.group(2), "scale: " + sized.group(3));
                    case "datetime" -> DrizzleType.of("datetime", "fsp: " + sized.group(2));
                    default -> DrizzleType.custom(sqlType);
                };
            }
            return switch (sqlType) {
                case "text", "longtext", "int", "smallint", "boolean", "date", "json" -> DrizzleType.of(sqlType);
                case "bigint" -> DrizzleType.of("bigint", "mode: 'number'");
                default -> DrizzleType.custom(sqlType);
            };
        }

        @Override
        public String generatedKey(String clause, String table, String column) {
            return clause.contains("AUTO_INCREMENT") ? ".autoincrement()" : "";
        }
    }

    /** drizzle-orm/sqlite-core: four storage classes, the logical type picks the mode a value is read in. */
    record Sqlite() implements DrizzleDialect {
        @Override
        public String extraConfigType() {
            return "SQLiteTableExtraConfigValue";
        }

        @Override
        public String module() {
            return "drizzle-orm/sqlite-core";
        }

        @Override
        public String tableFunction() {
            return "sqliteTable";
        }

        @Override
        public String configDialect() {
            return "sqlite";
        }

        @Override
        public DrizzleType type(String sqlType, Column column) {
            return switch (sqlType) {
                case "text", "numeric" -> DrizzleType.of(sqlType);
                case "integer" -> switch (column.type().kind()) {
                    case BOOLEAN -> DrizzleType.of("integer", "mode: 'boolean'");
                    default -> DrizzleType.of("integer");
                };
                case "blob" -> DrizzleType.of("blob", "mode: 'buffer'");
                default -> DrizzleType.custom(sqlType);
            };
        }

        @Override
        public String generatedKey(String clause, String table, String column) {
            return ""; // an integer primary key is the rowid: SQLite assigns it
        }
    }
}
