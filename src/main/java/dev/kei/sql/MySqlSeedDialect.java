package dev.kei.sql;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * MySQL 8's literals. AUTO_INCREMENT takes explicit ids and moves past them by itself. InnoDB checks foreign keys
 * row by row and cannot defer them, so the rows of a reference cycle are inserted with the checks off for the
 * session, and back as they were right after; every reference in them was generated to name a row of the file.
 */
public final class MySqlSeedDialect implements SeedDialect {
    /** Quoting follows the DDL dialect, whose reserved words are checked against the real servers. */
    private static final Dialect DIALECT = new MySqlDialect();

    @Override
    public String displayName() {
        return "MySQL";
    }

    @Override
    public String identifier(String name) {
        return DIALECT.quote(name);
    }

    @Override
    public String text(String value) {
        // a backslash starts an escape in MySQL's default sql_mode
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
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
        // timestamptz is datetime(6) holding UTC wall-clock time; datetime refuses ISO's T and Z
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
        return List.of("SET @kei_foreign_key_checks = @@foreign_key_checks", "SET foreign_key_checks = 0");
    }

    @Override
    public List<String> afterCycle() {
        return List.of("SET foreign_key_checks = @kei_foreign_key_checks");
    }

    @Override
    public String cycleNote() {
        return "MySQL cannot defer foreign keys: they are off for these rows only, whose references all name rows"
                + " of this file";
    }

    @Override
    public String applyCommand(String path) {
        return "mysql --user=<user> -p <database> < " + path;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
