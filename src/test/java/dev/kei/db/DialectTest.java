package dev.kei.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named facts of each dialect, as db-keys-and-indexes.md and db-migration-hygiene.md state them. */
class DialectTest {
    private static final Dialect PG = new PostgresDialect();
    private static final Dialect MYSQL = new MySqlDialect();
    private static final Dialect SQLITE = new SqliteDialect();

    @Test
    void theDbAnswerNamesTheDialect() {
        assertEquals(PG, Database.of("PostgreSQL").dialect());
        assertEquals(MYSQL, Database.of("MySQL").dialect());
        assertEquals(SQLITE, Database.of("SQLite").dialect());
        assertEquals(PG, Database.of(" postgres ").dialect());
        assertEquals(MYSQL, Database.of("mysql").dialect());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Database.of("Oracle").dialect());
        assertEquals("Unknown database 'Oracle': kei writes SQL for PostgreSQL, MySQL or SQLite.", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "books        | books        | books        | books",
                "user         | \"user\"     | user         | user",
                "order        | \"order\"    | `order`      | \"order\"",
                "group        | \"group\"    | `group`      | \"group\"",
                "groups       | groups       | `groups`     | \"groups\"",
                "values       | values       | `values`     | \"values\"",
                "key          | key          | `key`        | \"key\"",
                "Books        | \"Books\"    | `Books`      | \"Books\"",
                "1st          | \"1st\"      | `1st`        | \"1st\"",
                "a b          | \"a b\"      | `a b`        | \"a b\"",
                "_private     | _private     | _private     | _private",
            })
    void identifiersAreQuotedOnlyWhereTheDialectNeedsIt(String name, String pg, String mysql, String sqlite) {
        assertEquals(pg, PG.quote(name));
        assertEquals(mysql, MYSQL.quote(name));
        assertEquals(sqlite, SQLITE.quote(name));
    }

    @Test
    void quoteCharactersInsideAnIdentifierAreDoubled() {
        assertEquals("\"a\"\"b\"", PG.quote("a\"b"));
        assertEquals("`a``b`", MYSQL.quote("a`b"));
        assertEquals("\"a\"\"b\"", SQLITE.quote("a\"b"));
        assertEquals("\"\"", PG.quote(""));
    }

    @Test
    void stringLiteralsEscapeWhatTheDialectReads() {
        assertEquals("E'it''s \\\\ ok'", PG.stringLiteral("it's \\ ok"));
        assertEquals("'it''s ok'", PG.stringLiteral("it's ok"));
        assertEquals("'it''s \\\\ ok'", MYSQL.stringLiteral("it's \\ ok"));
        assertEquals("'it''s \\ ok'", SQLITE.stringLiteral("it's \\ ok"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TEXT        | text          | text        | text",
                "VARCHAR     | varchar(13)   | varchar(13) | text",
                "INT         | integer       | int         | integer",
                "BIGINT      | bigint        | bigint      | integer",
                "SMALLINT    | smallint      | smallint    | integer",
                "BOOLEAN     | boolean       | boolean     | integer",
                "UUID        | uuid          | char(36)    | text",
                "DATE        | date          | date        | text",
                "TIMESTAMPTZ | timestamptz   | datetime(6) | text",
                "NUMERIC     | numeric(10,2) | decimal(10,2) | numeric",
                "JSONB       | jsonb         | json        | text",
                "BYTEA       | bytea         | longblob    | blob",
                "ENUM        | text          | varchar(9)  | text",
            })
    void everyLogicalTypeHasASpelling(ColumnType.Kind kind, String pg, String mysql, String sqlite) {
        ColumnType type =
                switch (kind) {
                    case VARCHAR -> new ColumnType(kind, 13, 0, 0, List.of());
                    case NUMERIC -> new ColumnType(kind, 0, 10, 2, List.of());
                    case ENUM -> new ColumnType(kind, 0, 0, 0, List.of("draft", "published"));
                    default -> ColumnType.of(kind);
                };
        assertEquals(pg, PG.typeOf(type));
        assertEquals(mysql, MYSQL.typeOf(type));
        assertEquals(sqlite, SQLITE.typeOf(type));
    }

    @Test
    void keysAreGeneratedTheWayEachDatabaseDoesIt() {
        ColumnType uuid = ColumnType.of(ColumnType.Kind.UUID);
        assertEquals("uuid", PG.keyTypeOf(ColumnType.Kind.UUID));
        assertEquals("gen_random_uuid()", PG.defaultOf(new SqlDefault.RandomUuid(), uuid));
        assertEquals("char(36)", MYSQL.keyTypeOf(ColumnType.Kind.UUID));
        assertEquals("(uuid())", MYSQL.defaultOf(new SqlDefault.RandomUuid(), uuid));
        assertEquals("text", SQLITE.keyTypeOf(ColumnType.Kind.UUID));
        assertTrue(SQLITE.randomUuid().contains("randomblob"));

        assertEquals(" GENERATED ALWAYS AS IDENTITY", PG.generatedKeyClause(ColumnType.Kind.BIGINT));
        assertEquals(" AUTO_INCREMENT", MYSQL.generatedKeyClause(ColumnType.Kind.BIGINT));
        assertEquals("integer", SQLITE.keyTypeOf(ColumnType.Kind.BIGINT)); // exactly integer: the rowid
        assertEquals("", SQLITE.generatedKeyClause(ColumnType.Kind.BIGINT));
    }

    @Test
    void nowIsSpelledForTimestampsAndDates() {
        ColumnType timestamp = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
        ColumnType date = ColumnType.of(ColumnType.Kind.DATE);
        assertEquals("now()", PG.defaultOf(new SqlDefault.Now(), timestamp));
        assertEquals("CURRENT_TIMESTAMP(6)", MYSQL.defaultOf(new SqlDefault.Now(), timestamp));
        assertEquals("CURRENT_TIMESTAMP", SQLITE.defaultOf(new SqlDefault.Now(), timestamp));
        assertEquals("CURRENT_DATE", PG.defaultOf(new SqlDefault.Now(), date));
        assertEquals("(CURRENT_DATE)", MYSQL.defaultOf(new SqlDefault.Now(), date));
        assertEquals("CURRENT_DATE", SQLITE.defaultOf(new SqlDefault.Now(), date));
    }

    @Test
    void literalDefaultsFollowTheColumnType() {
        ColumnType bool = ColumnType.of(ColumnType.Kind.BOOLEAN);
        assertEquals("true", PG.defaultOf(new SqlDefault.Bool(true), bool));
        assertEquals("TRUE", MYSQL.defaultOf(new SqlDefault.Bool(true), bool));
        assertEquals("1", SQLITE.defaultOf(new SqlDefault.Bool(true), bool));

        ColumnType bytea = ColumnType.of(ColumnType.Kind.BYTEA);
        assertEquals("E'\\\\x616263'", PG.defaultOf(new SqlDefault.Text("abc"), bytea));
        assertEquals("(X'616263')", MYSQL.defaultOf(new SqlDefault.Text("abc"), bytea));
        assertEquals("X'616263'", SQLITE.defaultOf(new SqlDefault.Text("abc"), bytea));

        ColumnType text = ColumnType.of(ColumnType.Kind.TEXT);
        assertEquals("('x')", MYSQL.defaultOf(new SqlDefault.Text("x"), text)); // text takes only expressions
        assertEquals("'x'", PG.defaultOf(new SqlDefault.Text("x"), text));
        assertEquals("NULL", MYSQL.defaultOf(new SqlDefault.Null(), text));
        assertEquals("-1.50", PG.defaultOf(new SqlDefault.Number(new BigDecimal("-1.50")), text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-01-31T09:30:00+02:00  | 2026-01-31 07:30:00",
                "2026-01-31T09:30:00Z       | 2026-01-31 09:30:00",
                "2026-01-31 09:30:00        | 2026-01-31 09:30:00",
                "2026-01-31T09:30:00.25Z    | 2026-01-31 09:30:00.250000",
                "2026-01-31                 | 2026-01-31 00:00:00",
            })
    void mysqlAndSqliteTimestampsAreUtcWithoutTheT(String written, String stored) {
        ColumnType timestamp = ColumnType.of(ColumnType.Kind.TIMESTAMPTZ);
        assertEquals("'" + stored + "'", MYSQL.defaultOf(new SqlDefault.Text(written), timestamp));
        assertEquals("'" + stored + "'", SQLITE.defaultOf(new SqlDefault.Text(written), timestamp));
        assertEquals("'" + written + "'", PG.defaultOf(new SqlDefault.Text(written), timestamp));
    }

    @Test
    void mysqlRefusesADecimalBeyondItsLimitsWithTheReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> MYSQL.typeOf(new ColumnType(ColumnType.Kind.NUMERIC, 0, 70, 2, List.of())));
        assertTrue(e.getMessage().contains("at most 65 digits"), e.getMessage());
        assertEquals("longtext", MYSQL.typeOf(new ColumnType(ColumnType.Kind.VARCHAR, 20_000, 0, 0, List.of())));
    }

    @Test
    void mysqlIndexesTextThroughABoundedType() {
        assertEquals("varchar(255)", MYSQL.indexedTypeOf(ColumnType.of(ColumnType.Kind.TEXT)));
        assertEquals("text", PG.indexedTypeOf(ColumnType.of(ColumnType.Kind.TEXT)));
    }

    @Test
    void abortStatementsAreThoseOfTheMigrationHygieneReference() {
        assertEquals(
                "DO $$ BEGIN RAISE EXCEPTION 'irreversible: init_schema'; END $$",
                PG.abortStatement("irreversible: init_schema"));
        assertEquals("SELECT * FROM \"irreversible: init_schema\"", SQLITE.abortStatement("irreversible: init_schema"));
        assertEquals("SELECT * FROM `irreversible: init_schema`", MYSQL.abortStatement("irreversible: init_schema"));
        // a RAISE message is a format string, and a $$ would end the body early
        assertEquals("DO $kei$ BEGIN RAISE EXCEPTION '100%% it''s $$'; END $kei$", PG.abortStatement("100% it's $$"));
    }

    @Test
    void behaviourFactsDifferWhereTheDatabasesDo() {
        assertTrue(PG.supportsDropCascade());
        assertFalse(MYSQL.supportsDropCascade());
        assertFalse(SQLITE.supportsDropCascade());
        assertTrue(PG.supportsTransactionalDdl());
        assertFalse(MYSQL.supportsTransactionalDdl());
        assertTrue(SQLITE.supportsTransactionalDdl());
        assertTrue(PG.supportsAddForeignKeyLater());
        assertTrue(MYSQL.supportsAddForeignKeyLater());
        assertFalse(SQLITE.supportsAddForeignKeyLater());
        assertTrue(MYSQL.dropTableRefusedWhileReferenced());
        assertEquals(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4", MYSQL.tableOptions());
        assertEquals("PRAGMA foreign_keys = ON", SQLITE.enableForeignKeys().orElseThrow());
        assertTrue(PG.enableForeignKeys().isEmpty());
    }
}
