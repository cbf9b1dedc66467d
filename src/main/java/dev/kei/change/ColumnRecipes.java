package dev.kei.change;

import static dev.kei.change.IndexRecipes.with;
import static dev.kei.change.StepSql.list;
import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;

/**
 * Adding, removing and modifying a column. What is a catalogue change runs as one short transaction; what touches
 * every row runs online: a nullable column, a batched backfill ({@code -- kei:backfill}), then NOT NULL through a
 * validated CHECK ({@link NotNull}); a type change PostgreSQL cannot do without a rewrite goes through
 * {@link ColumnSwap}'s expand/contract.
 */
final class ColumnRecipes {
    static final int BACKFILL_BATCH = 1000;

    private ColumnRecipes() {}

    /** A column's definition; in a new table the default and NOT NULL go in directly (there are no rows). */
    static String definition(ColumnSpec col, boolean newTable) {
        StringBuilder s = new StringBuilder(q(col.name()) + " " + col.type());
        if (col.defaultValue() != null && (newTable || !col.defaultValue().isVolatile())) {
            s.append(" DEFAULT ").append(col.defaultValue());
        }
        if (col.notNull() && newTable) {
            s.append(" NOT NULL");
        }
        if (col.unique() && newTable) {
            s.append(" UNIQUE");
        }
        return s.toString();
    }

    static List<Step> add(Change.AddColumn c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        ColumnSpec col = c.column();
        Target.absentColumn(t, col.name());
        String table = q(t.name());
        String column = q(col.name());
        SqlValue def = col.defaultValue();
        boolean storedDefault = def != null && !def.isVolatile() && schema.serverVersion() >= 110000;
        boolean instant = !col.notNull() && (def == null || storedDefault)
                || col.notNull() && storedDefault && col.backfill() == null;
        List<String> drop = with(
                StepSql.inTransaction(Budget.instant()),
                "-- squawk-ignore ban-drop-column",
                "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + column + ";");
        List<Step> steps = new ArrayList<>();
        if (instant) {
            // PostgreSQL 11+ stores a non-volatile default once: no row is touched, the lock is momentary
            steps.add(new Step(
                    "add_" + t.name() + "_" + col.name(),
                    c.describe(),
                    with(
                            StepSql.inTransaction(Budget.instant()),
                            "ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + definition(col, false)
                                    + (col.notNull() ? " NOT NULL" : "") + ";"),
                    drop,
                    false,
                    false,
                    null));
        } else {
            SqlValue fill = col.fill();
            if (fill == null) {
                throw new ChangeException(c.describe() + ": the ~" + t.rows() + " existing rows of " + t.name()
                        + " need a value: give a default or a backfill value.");
            }
            List<String> add = new ArrayList<>(StepSql.inTransaction(Budget.instant()));
            add.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + definition(col, false) + ";");
            if (def != null && def.isVolatile()) {
                // a volatile default on ADD COLUMN would be evaluated for every row, rewriting the table
                add.add("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + def + ";");
            }
            steps.add(new Step(
                    "add_" + t.name() + "_" + col.name(),
                    c.describe() + " (nullable first)",
                    add,
                    drop,
                    false,
                    false,
                    null));
            steps.add(backfill(t, col.name(), fill.sql()));
            if (col.notNull()) {
                steps.add(setNotNull(t, col.name()));
            }
        }
        if (col.unique()) {
            steps.addAll(IndexRecipes.add(
                    new Change.AddIndex(t.name(), List.of(col.name()), true, Names.joined("uq", t.name(), col.name())),
                    schema.withColumn(t.name(), col)));
        }
        return steps;
    }

    /** A batched backfill of {@code column} with {@code value} (SQL) where it is still null. */
    static Step backfill(LiveTable t, String column, String value) {
        List<String> up = new ArrayList<>(StepSql.outsideTransaction(Budget.instant()));
        up.add("-- kei:backfill batch " + BACKFILL_BATCH);
        up.add("UPDATE " + q(t.name()) + " SET " + q(column) + " = " + value + " WHERE " + q(column) + " IS NULL;");
        return new Step(
                "backfill_" + t.name() + "_" + column,
                "fill " + t.name() + "." + column + " on the existing rows, in batches of " + BACKFILL_BATCH,
                up,
                List.of("-- nothing to undo here: the values go with the column (an earlier step's down)"),
                true,
                false,
                null);
    }

    /**
     * A backfill of the nulls of an existing column that first keeps the keys of the rows it fills (in
     * {@code kei_saved_<table>_<column>_nulls}, only those keys), so that its down can make them null again: the
     * rollback gives back every row as it was.
     */
    static Step backfillRemembering(LiveTable t, String column, String value) throws ChangeException {
        if (t.primaryKey().isEmpty()) {
            throw new ChangeException("Table " + t.name() + " has no primary key: kei cannot batch a backfill of it or"
                    + " give the rows back on a rollback.");
        }
        String table = q(t.name());
        String saved = q(Names.joined("kei_saved", t.name(), column, "nulls"));
        List<String> up = new ArrayList<>(StepSql.outsideTransaction(Budget.scan(t.bytes())));
        up.add("-- the keys of the rows filled here, for the rollback; drop it once the change is final");
        up.add("CREATE TABLE IF NOT EXISTS " + saved + " AS SELECT " + list(t.primaryKey()) + " FROM " + table
                + " WHERE " + q(column) + " IS NULL;");
        up.add("-- kei:backfill batch " + BACKFILL_BATCH);
        up.add("UPDATE " + table + " SET " + q(column) + " = " + value + " WHERE " + q(column) + " IS NULL;");
        String match = String.join(
                " AND ",
                t.primaryKey().stream()
                        .map(k -> table + "." + q(k) + " = s." + q(k))
                        .toList());
        List<String> down = new ArrayList<>(StepSql.outsideTransaction(Budget.scan(t.bytes())));
        down.add("UPDATE " + table + " SET " + q(column) + " = NULL FROM " + saved + " s WHERE " + match + ";");
        down.add("-- squawk-ignore ban-drop-table");
        down.add("DROP TABLE IF EXISTS " + saved + ";");
        return new Step(
                "backfill_" + t.name() + "_" + column,
                "fill the nulls of " + t.name() + "." + column + " in batches of " + BACKFILL_BATCH
                        + ", keeping their keys for the rollback",
                up,
                down,
                true,
                true,
                null);
    }

    static Step setNotNull(LiveTable t, String column) {
        return new Step(
                "not_null_" + t.name() + "_" + column,
                "make " + t.name() + "." + column + " NOT NULL through a validated CHECK",
                with(
                        StepSql.outsideTransaction(Budget.scan(t.bytes())),
                        NotNull.set(t.name(), column).toArray(String[]::new)),
                with(
                        StepSql.inTransaction(Budget.instant()),
                        NotNull.drop(t.name(), column, "the rollback: the column may be null again, as before")
                                .toArray(String[]::new)),
                true,
                false,
                null);
    }

    static List<Step> drop(Change.DropColumn c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        LiveColumn col = Target.column(t, c.column());
        if (t.primaryKey().contains(col.name())) {
            throw new ChangeException(c.describe() + ": it is part of the primary key of " + t.name() + ".");
        }
        for (LiveForeignKey f : schema.referencing(t.name())) {
            if (f.refColumns().contains(col.name())) {
                throw new ChangeException(c.describe() + ": foreign key " + f.name() + " references it; remove that"
                        + " relation first.");
            }
        }
        String table = q(t.name());
        String reason = "the application no longer reads or writes " + t.name() + "." + col.name();
        String saved = Names.joined("kei_saved", t.name(), col.name());
        boolean restorable = Budget.restorable(t.bytes())
                && col.identity().isEmpty()
                && !t.primaryKey().isEmpty();
        List<String> up = new ArrayList<>(StepSql.inTransaction(Budget.scan(t.bytes())));
        List<String> down;
        if (restorable) {
            up.add("-- the values are kept in " + saved + " for the rollback; drop it once the change is final");
            up.add("CREATE TABLE " + q(saved) + " AS SELECT " + list(t.primaryKey()) + ", " + q(col.name()) + " FROM "
                    + table + ";");
            down = new ArrayList<>(StepSql.outsideTransaction(Budget.scan(t.bytes())));
            down.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + q(col.name()) + " " + col.type() + ";");
            String match = String.join(
                    " AND ",
                    t.primaryKey().stream()
                            .map(k -> table + "." + q(k) + " = s." + q(k))
                            .toList());
            down.add("UPDATE " + table + " SET " + q(col.name()) + " = s." + q(col.name()) + " FROM " + q(saved)
                    + " s WHERE " + match + ";");
            if (col.defaultSql() != null) {
                down.addAll(StepSql.idempotent("ALTER TABLE " + table + " ALTER COLUMN " + q(col.name())
                        + " SET DEFAULT " + col.defaultSql() + ";"));
            }
            if (col.notNull()) {
                down.addAll(NotNull.set(t.name(), col.name()));
            }
            down.addAll(LiveDdl.checks(
                    t.name(),
                    t.checks().stream()
                            .filter(k -> ColumnSwap.mentions(k.definition(), col.name()))
                            .toList()));
            for (LiveIndex i : t.indexes()) {
                if (i.columns().contains(col.name())) {
                    down.add(IndexRecipes.rebuildStatement(i));
                    if (i.constraint() != null) {
                        down.addAll(StepSql.uniqueUsingIndex(t.name(), i.constraint(), i.name()));
                    }
                }
            }
            for (LiveForeignKey f : t.foreignKeys()) {
                if (f.columns().contains(col.name())) {
                    down.add("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + q(f.name()) + ";");
                    down.add("ALTER TABLE " + table + " ADD CONSTRAINT " + q(f.name()) + " " + f.definition()
                            + (f.validated() ? " NOT VALID" : "") + ";");
                    if (f.validated()) {
                        down.add("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + q(f.name()) + ";");
                    }
                }
            }
            down.add("-- squawk-ignore ban-drop-table");
            down.add("DROP TABLE IF EXISTS " + q(saved) + ";");
        } else {
            down = List.of("-- IRREVERSIBLE: " + t.name() + " holds ~" + t.rows() + " rows (" + (t.bytes() >> 20)
                    + " MB); copying " + col.name() + " back would take ~"
                    + Budget.copy(t.bytes()).toMinutes()
                    + " min, over seed 004's five-minute rollback budget (or it is an identity column, or the table has"
                    + " no primary key to put values back by). Restore from a backup.");
        }
        up.add("-- squawk-ignore ban-drop-column");
        up.add("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + q(col.name()) + ";");
        return List.of(new Step("drop_" + t.name() + "_" + col.name(), c.describe(), up, down, false, true, reason));
    }

    static List<Step> modify(Change.ModifyColumn c, LiveSchema schema) throws ChangeException {
        LiveTable t = Target.table(schema, c.table());
        LiveColumn col = Target.column(t, c.column());
        String table = q(t.name());
        String column = q(col.name());
        List<Step> steps = new ArrayList<>();
        if (c.type() != null) {
            SqlType old = SqlType.parse(col.type());
            if (old.widensWithoutRewrite(c.type())) {
                steps.add(new Step(
                        "widen_" + t.name() + "_" + col.name(),
                        "change " + t.name() + "." + col.name() + " from " + old + " to " + c.type()
                                + " (binary-coercible: no rewrite, no scan)",
                        with(
                                StepSql.inTransaction(Budget.instant()),
                                "-- squawk-ignore changing-column-type",
                                "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + c.type() + ";"),
                        with(
                                StepSql.inTransaction(Budget.scan(t.bytes())),
                                "-- kei:allow rewriting-type-change the rollback narrows back; it fails, changing"
                                        + " nothing, if a longer value was written since",
                                "-- squawk-ignore changing-column-type",
                                "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + old + ";"),
                        false,
                        false,
                        null));
            } else if (!old.equals(c.type())) {
                steps.addAll(ColumnSwap.retype(schema, t, col, c.type()));
            }
        }
        if (Boolean.TRUE.equals(c.notNull()) && !col.notNull()) {
            if (c.backfill() != null) {
                steps.add(backfillRemembering(t, col.name(), c.backfill().sql()));
            }
            steps.add(setNotNull(t, col.name()));
        }
        if (Boolean.FALSE.equals(c.notNull()) && col.notNull()) {
            steps.add(new Step(
                    "drop_not_null_" + t.name() + "_" + col.name(),
                    "let " + t.name() + "." + col.name() + " be null",
                    with(
                            StepSql.inTransaction(Budget.instant()),
                            NotNull.drop(t.name(), col.name(), "asked for: rows may leave it null from now on")
                                    .toArray(String[]::new)),
                    with(
                            StepSql.outsideTransaction(Budget.scan(t.bytes())),
                            NotNull.set(t.name(), col.name()).toArray(String[]::new)),
                    false,
                    true,
                    null));
        }
        if (c.defaultValue() != null || c.dropDefault() && col.defaultSql() != null) {
            String set = c.defaultValue() != null
                    ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + c.defaultValue() + ";"
                    : "ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT;";
            String back = col.defaultSql() != null
                    ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DEFAULT " + col.defaultSql() + ";"
                    : "ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT;";
            steps.add(new Step(
                    "default_" + t.name() + "_" + col.name(),
                    (c.defaultValue() != null ? "set the default of " : "drop the default of ") + t.name() + "."
                            + col.name() + " (new rows only: no row is touched)",
                    with(StepSql.inTransaction(Budget.instant()), set),
                    with(StepSql.inTransaction(Budget.instant()), back),
                    false,
                    false,
                    null));
        }
        if (steps.isEmpty()) {
            throw new ChangeException(c.describe() + ": that is how the column is already.");
        }
        return steps;
    }
}
