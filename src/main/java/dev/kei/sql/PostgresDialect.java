package dev.kei.sql;

import java.util.HexFormat;
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
    public String stringLiteral(String value) {
        // standard_conforming_strings is on by default since 9.1: only the quote needs doubling
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    @Override
    public String bytesLiteral(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'";
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
}
