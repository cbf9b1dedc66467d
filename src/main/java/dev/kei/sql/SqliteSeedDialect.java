package dev.kei.sql;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * SQLite's literals. An INTEGER PRIMARY KEY takes explicit ids and moves past them by itself. The rows of a
 * reference cycle are inserted inside a savepoint with {@code PRAGMA defer_foreign_keys}: the checks run when the
 * savepoint is released, or when the enclosing transaction commits; a savepoint works in both cases, where BEGIN
 * would fail inside a transaction the runner opened.
 */
public final class SqliteSeedDialect implements SeedDialect {
    /** Quoting follows the DDL dialect, whose reserved words are checked against the real servers. */
    private static final Dialect DIALECT = new SqliteDialect();

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String identifier(String name) {
        return DIALECT.quote(name);
    }

    @Override
    public String text(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String bool(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String bytes(byte[] value) {
        return "X'" + HexFormat.of().formatHex(value) + "'";
    }

    @Override
    public String timestamp(Instant value) {
        // UTC in the form CURRENT_TIMESTAMP writes, so seeded and defaulted rows sort together
        return "'" + SeedTimestamps.utc(value) + "'";
    }

    @Override
    public String identityOverride() {
        return "";
    }

    @Override
    public List<String> afterExplicitIdentities(String table, String column) {
        return List.of();
    }

    @Override
    public boolean insertsCycleInOneStatement() {
        return false;
    }

    @Override
    public List<String> beforeCycle() {
        return List.of("SAVEPOINT kei_seed_cycle", "PRAGMA defer_foreign_keys = ON");
    }

    @Override
    public List<String> afterCycle() {
        return List.of("RELEASE kei_seed_cycle");
    }

    @Override
    public String cycleNote() {
        return "inside a savepoint their foreign keys are checked when it is released";
    }

    @Override
    public String applyCommand(String path) {
        return "sqlite3 -bail -cmd 'PRAGMA foreign_keys = ON' app.db '.read " + path + "'";
    }

    @Override
    public String toString() {
        return displayName();
    }
}
