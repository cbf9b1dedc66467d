package dev.kei.db;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL 13+ (for the built-in {@code gen_random_uuid()}); the dialect kei's logical types are named after. */
public record PostgresDialect() implements Dialect {
    private static final Set<String> RESERVED = ReservedWords.load("postgresql");

    @Override
    public String label() {
        return "PostgreSQL";
    }

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public char identifierQuote() {
        return '"';
    }

    @Override
    public String typeOf(ColumnType type) {
        return switch (type.kind()) {
            case TEXT, ENUM -> "text";
            case VARCHAR -> "varchar(" + type.length() + ")";
            case INT -> "integer";
            case BIGINT -> "bigint";
            case SMALLINT -> "smallint";
            case BOOLEAN -> "boolean";
            case UUID -> "uuid";
            case DATE -> "date";
            case TIMESTAMPTZ -> "timestamptz";
            case NUMERIC -> "numeric(" + type.precision() + "," + type.scale() + ")";
            case JSONB -> "jsonb";
            case BYTEA -> "bytea";
        };
    }

    @Override
    public String keyTypeOf(ColumnType.Kind keyKind) {
        return keyKind == ColumnType.Kind.UUID ? "uuid" : "bigint";
    }

    @Override
    public String generatedKeyClause(ColumnType.Kind keyKind) {
        // identity, not serial: GENERATED ALWAYS refuses hand-written ids (db-keys-and-indexes.md)
        return keyKind == ColumnType.Kind.BIGINT ? " GENERATED ALWAYS AS IDENTITY" : "";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    /**
     * A plain {@code '...'} literal reads differently on a server with {@code standard_conforming_strings = off},
     * where a backslash escapes: {@code 'x\'} would end later than written. A value with a backslash is therefore
     * written as an escape string, {@code E'...'} with the backslashes doubled, which reads the same under any
     * setting; a value without one stays plain.
     */
    @Override
    public String stringLiteral(String value) {
        String quoted = value.replace("'", "''");
        return value.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    @Override
    public String bytesLiteral(byte[] bytes) {
        return stringLiteral("\\x" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public boolean timestampsKeepOffset() {
        return true;
    }

    @Override
    public String currentTimestamp() {
        return "now()";
    }

    @Override
    public String currentDate() {
        return "CURRENT_DATE";
    }

    @Override
    public String randomUuid() {
        return "gen_random_uuid()";
    }

    @Override
    public String tableOptions() {
        return "";
    }

    @Override
    public Optional<String> enableForeignKeys() {
        return Optional.empty();
    }

    @Override
    public boolean supportsDropCascade() {
        return true;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsAddForeignKeyLater() {
        return true;
    }

    @Override
    public boolean dropTableRefusedWhileReferenced() {
        return false;
    }

    @Override
    public String dropForeignKeyAction() {
        return "DROP CONSTRAINT IF EXISTS";
    }

    @Override
    public String abortStatement(String message) {
        // RAISE's message is a format string: a literal % must be doubled; a $$ inside needs another dollar tag
        String tag = message.contains("$$") ? "$kei$" : "$$";
        return "DO " + tag + " BEGIN RAISE EXCEPTION " + stringLiteral(message.replace("%", "%%")) + "; END " + tag;
    }

    @Override
    public String identityOverride() {
        return "OVERRIDING SYSTEM VALUE";
    }

    @Override
    public List<String> afterExplicitIdentities(String table, String column) {
        // pg_get_serial_sequence parses its first argument as a (possibly quoted) name, its second verbatim
        String t = quote(table);
        return List.of("SELECT setval(pg_get_serial_sequence(" + stringLiteral(t) + ", " + stringLiteral(column)
                + "), (SELECT max(" + quote(column) + ") FROM " + t + "))");
    }

    @Override
    public CycleInsert cycleInsert() {
        // a NOT DEFERRABLE foreign key is checked when the statement ends; DEFERRABLE is not the DDL's to declare
        return CycleInsert.inOneStatement(
                "one statement inserts them all: PostgreSQL checks its foreign keys when the statement ends");
    }

    @Override
    public String applyCommand(String path) {
        return "psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 --single-transaction -f " + path;
    }
}
