package dev.kei.db;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL 8.0.16+ (expression defaults, enforced CHECK constraints), InnoDB and utf8mb4; the SQL stays within what
 * MariaDB 10.11 accepts too. Timestamps are {@code datetime(6)} holding UTC, UUIDs {@code char(36)} text.
 */
public record MySqlDialect() implements Dialect {
    private static final Set<String> RESERVED = ReservedWords.load("mysql");

    /** utf8mb4 takes up to 4 bytes a character and a row at most 65,535 bytes. */
    private static final int MAX_VARCHAR = 16_383;

    /** InnoDB indexes at most 3,072 bytes of a key: 768 utf8mb4 characters; 255 is the usual bound. */
    private static final int INDEXED_TEXT = 255;

    private static final int MAX_DECIMAL_PRECISION = 65;
    private static final int MAX_DECIMAL_SCALE = 30;

    @Override
    public String label() {
        return "MySQL";
    }

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public char identifierQuote() {
        return '`';
    }

    @Override
    public String typeOf(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "text";
            case VARCHAR -> type.length() <= MAX_VARCHAR ? "varchar(" + type.length() + ")" : "longtext";
            case INT -> "int";
            case BIGINT -> "bigint";
            case SMALLINT -> "smallint";
            case BOOLEAN -> "boolean";
            case UUID -> "char(36)";
            case DATE -> "date";
            case TIMESTAMPTZ -> "datetime(6)";
            case NUMERIC -> decimal(type);
            case JSONB -> "json";
            case BYTEA -> "longblob";
            case ENUM -> "varchar("
                    + type.enumValues().stream().mapToInt(String::length).max().orElse(1) + ")";
        };
    }

    @Override
    public String indexedTypeOf(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "varchar(" + INDEXED_TEXT + ")";
            case BYTEA -> "varbinary(" + INDEXED_TEXT + ")";
            default -> typeOf(type);
        };
    }

    private static String decimal(ColumnType type) {
        if (type.precision() > MAX_DECIMAL_PRECISION || type.scale() > MAX_DECIMAL_SCALE) {
            throw new IllegalArgumentException("numeric(" + type.precision() + "," + type.scale()
                    + ") is beyond MySQL's decimal, which keeps at most " + MAX_DECIMAL_PRECISION + " digits, "
                    + MAX_DECIMAL_SCALE + " of them after the point; lower the precision or scale in the schema");
        }
        return "decimal(" + type.precision() + "," + type.scale() + ")";
    }

    @Override
    public String keyTypeOf(ColumnType.Kind keyKind) {
        return keyKind == ColumnType.Kind.UUID ? "char(36)" : "bigint";
    }

    @Override
    public String generatedKeyClause(ColumnType.Kind keyKind) {
        return keyKind == ColumnType.Kind.BIGINT ? " AUTO_INCREMENT" : "";
    }

    @Override
    public String stringLiteral(String value) {
        // the default sql_mode treats a backslash as an escape character: double it as well as the quote
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    @Override
    public String storedBooleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public boolean timestampsKeepOffset() {
        return false; // timestamptz is datetime(6) holding UTC wall-clock time; datetime refuses ISO's T and Z
    }

    @Override
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP(6)"; // the same precision as datetime(6), or MySQL refuses the default
    }

    @Override
    public String currentDate() {
        return "(CURRENT_DATE)";
    }

    @Override
    public String randomUuid() {
        return "(uuid())";
    }

    @Override
    public boolean literalDefaultNeedsParentheses(ColumnType type) {
        // text, blob and json columns take a default only as an expression (8.0.13+)
        return switch (type.kind()) {
            case TEXT, JSONB, BYTEA -> true;
            case VARCHAR -> type.length() > MAX_VARCHAR;
            default -> false;
        };
    }

    @Override
    public String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public Optional<String> enableForeignKeys() {
        return Optional.empty();
    }

    @Override
    public boolean supportsDropCascade() {
        return false; // MySQL accepts CASCADE on DROP TABLE and ignores it: writing it would promise what it does not
        // do
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsAddForeignKeyLater() {
        return true;
    }

    @Override
    public boolean dropTableRefusedWhileReferenced() {
        return true;
    }

    @Override
    public String dropForeignKeyAction() {
        return "DROP FOREIGN KEY";
    }

    @Override
    public String abortStatement(String message) {
        // SIGNAL only works in a stored program: reading a table that cannot exist fails with the message in its name
        return "SELECT * FROM " + alwaysQuote(message);
    }

    @Override
    public CycleInsert cycleInsert() {
        // InnoDB checks foreign keys row by row and cannot defer them: off for the session, then back as they were
        return CycleInsert.between(
                List.of("SET @kei_foreign_key_checks = @@foreign_key_checks", "SET foreign_key_checks = 0"),
                List.of("SET foreign_key_checks = @kei_foreign_key_checks"),
                "MySQL cannot defer foreign keys: they are off for these rows only, whose references all name rows"
                        + " of this file");
    }

    @Override
    public String applyCommand(String path) {
        return "mysql --user=<user> -p <database> < " + path;
    }
}
