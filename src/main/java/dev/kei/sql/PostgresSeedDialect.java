package dev.kei.sql;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** PostgreSQL's literals, identity keys ({@code GENERATED ALWAYS AS IDENTITY}) and reference cycles. */
public final class PostgresSeedDialect implements SeedDialect {
    /** Quoting follows the DDL dialect, whose reserved words are checked against the real servers. */
    private static final Dialect DIALECT = new PostgresDialect();

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String identifier(String name) {
        return DIALECT.quote(name);
    }

    @Override
    public String text(String value) {
        // standard_conforming_strings is on by default since 9.1: a backslash is an ordinary character
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public String bool(boolean value) {
        return value ? "true" : "false";
    }

    @Override
    public String bytes(byte[] value) {
        return "'\\x" + HexFormat.of().formatHex(value) + "'";
    }

    @Override
    public String timestamp(Instant value) {
        return "'" + SeedTimestamps.utc(value) + "+00'";
    }

    @Override
    public String identityOverride() {
        return "OVERRIDING SYSTEM VALUE";
    }

    @Override
    public List<String> afterExplicitIdentities(String table, String column) {
        // pg_get_serial_sequence parses its first argument as a (possibly quoted) name, its second verbatim
        String t = identifier(table);
        String c = identifier(column);
        return List.of("SELECT setval(pg_get_serial_sequence(" + text(t) + ", " + text(column) + "), (SELECT max(" + c
                + ") FROM " + t + "))");
    }

    @Override
    public boolean insertsCycleInOneStatement() {
        return true;
    }

    @Override
    public List<String> beforeCycle() {
        return List.of();
    }

    @Override
    public List<String> afterCycle() {
        return List.of();
    }

    @Override
    public String cycleNote() {
        return "one statement inserts them all: PostgreSQL checks its foreign keys when the statement ends";
    }

    @Override
    public String applyCommand(String path) {
        return "psql \"$DATABASE_URL\" -v ON_ERROR_STOP=1 --single-transaction -f " + path;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
