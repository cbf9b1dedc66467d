package dev.kei.db;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite 3.35+: types are the storage classes it really has, timestamps are UTC text as {@code CURRENT_TIMESTAMP}
 * writes them, and foreign keys are declared inline (there is no ALTER TABLE ... ADD CONSTRAINT).
 */
public record SqliteDialect() implements Dialect {
    private static final Set<String> RESERVED = ReservedWords.load("sqlite");

    /** A random version-4 UUID in lower-case text; {@code random() & 3} picks the variant nibble from 8, 9, a, b. */
    private static final String RANDOM_UUID = "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))"
            + " || '-4' || substr(lower(hex(randomblob(2))), 2) || '-'"
            + " || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-'"
            + " || lower(hex(randomblob(6))))";

    @Override
    public String label() {
        return "SQLite";
    }

    @Override
    public String id() {
        return "sqlite";
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
            case TEXT, VARCHAR, UUID, DATE, TIMESTAMPTZ, JSONB, ENUM -> "text";
            case INT, BIGINT, SMALLINT, BOOLEAN -> "integer";
            case NUMERIC -> "numeric";
            case BYTEA -> "blob";
        };
    }

    @Override
    public String keyTypeOf(ColumnType.Kind keyKind) {
        // exactly "integer": only that spelling makes a primary key column the rowid
        return keyKind == ColumnType.Kind.UUID ? "text" : "integer";
    }

    @Override
    public String generatedKeyClause(ColumnType.Kind keyKind) {
        return ""; // an integer primary key is the rowid: SQLite assigns it
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public boolean timestampsKeepOffset() {
        return false; // UTC text as CURRENT_TIMESTAMP writes it, so given and defaulted values sort together
    }

    @Override
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String currentDate() {
        return "CURRENT_DATE";
    }

    @Override
    public String randomUuid() {
        return RANDOM_UUID;
    }

    @Override
    public String tableOptions() {
        return "";
    }

    @Override
    public Optional<String> enableForeignKeys() {
        return Optional.of("PRAGMA foreign_keys = ON");
    }

    @Override
    public boolean supportsDropCascade() {
        return false; // DROP TABLE ... CASCADE is a syntax error in SQLite
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsAddForeignKeyLater() {
        return false;
    }

    @Override
    public boolean dropTableRefusedWhileReferenced() {
        return false; // dropping an empty referenced table is allowed; the references are checked on use
    }

    @Override
    public String dropForeignKeyAction() {
        throw new UnsupportedOperationException("SQLite cannot drop a foreign key; it drops the table instead");
    }

    @Override
    public String abortStatement(String message) {
        // RAISE() only works inside a trigger: reading a table that cannot exist fails with the message in its name
        return "SELECT * FROM " + alwaysQuote(message);
    }

    @Override
    public CycleInsert cycleInsert() {
        // defer_foreign_keys checks them when the savepoint is released or the runner's transaction commits;
        // BEGIN would fail inside a transaction the runner opened
        return CycleInsert.between(
                List.of("SAVEPOINT kei_seed_cycle", "PRAGMA defer_foreign_keys = ON"),
                List.of("RELEASE kei_seed_cycle"),
                "inside a savepoint their foreign keys are checked when it is released");
    }

    @Override
    public String applyCommand(String path) {
        return "sqlite3 -bail -cmd 'PRAGMA foreign_keys = ON' app.db '.read " + path + "'";
    }
}
