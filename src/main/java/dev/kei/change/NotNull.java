package dev.kei.change;

import static dev.kei.change.StepSql.q;

import java.util.List;

/**
 * Seed 003's way to make a column NOT NULL on a table of any size, as statements of one statement-by-statement
 * step: a CHECK added NOT VALID (instant), validated (a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on),
 * then SET NOT NULL, which PostgreSQL 12+ takes from the validated check without scanning, and the check dropped.
 */
final class NotNull {
    private NotNull() {}

    static List<String> set(String table, String column) {
        String t = q(table);
        String check = q(Names.joined("chk", table, column, "not_null"));
        return List.of(
                StepSql.quickLock(),
                "ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + check + ";",
                "ALTER TABLE " + t + " ADD CONSTRAINT " + check + " CHECK (" + q(column) + " IS NOT NULL) NOT VALID;",
                "-- a scan under SHARE UPDATE EXCLUSIVE: reads and writes go on",
                StepSql.patientLock(),
                "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + check + ";",
                StepSql.quickLock(),
                "-- the validated check proves no row is null, so PostgreSQL 12+ does not scan again; run again, it"
                        + " succeeds",
                "-- squawk-ignore prefer-robust-stmts",
                "ALTER TABLE " + t + " ALTER COLUMN " + q(column) + " SET NOT NULL;",
                "ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + check + ";",
                StepSql.patientLock());
    }

    /**
     * Dropping NOT NULL: a catalogue change, instant, under a brief ACCESS EXCLUSIVE; {@code why} says why it is wanted
     * (a rollback, or the change itself), above squawk's ignore comment for its rule against it.
     */
    static List<String> drop(String table, String column, String why) {
        return List.of(
                "-- " + why,
                "-- squawk-ignore ban-drop-not-null",
                "ALTER TABLE " + q(table) + " ALTER COLUMN " + q(column) + " DROP NOT NULL;");
    }
}
