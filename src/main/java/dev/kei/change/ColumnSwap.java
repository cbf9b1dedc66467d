package dev.kei.change;

import static dev.kei.change.IndexRecipes.with;
import static dev.kei.change.StepSql.q;

import java.util.ArrayList;
import java.util.List;

/**
 * Expand/contract for a column PostgreSQL cannot change in place without blocking: a type change that rewrites the
 * table, and a rename that running application versions would not survive. Expand: a second column, kept in step
 * by a trigger on every write (both ways for a rename, so the old and the new application both work), filled in
 * batches, made NOT NULL and indexed online like the first. Contract ({@code -- kei:contract}, held back until the
 * application has moved): the trigger and the old column go, in one short transaction. The contract step's down
 * puts the original column back as it was (values, default, NOT NULL, indexes, constraints) when copying fits the
 * rollback budget; the expand steps' downs then find nothing left to undo (every one is IF EXISTS).
 */
final class ColumnSwap {
    private ColumnSwap() {}

    /** A type change through a new column {@code <col>_kei_new}, renamed to the old name in the contract step. */
    static List<Step> retype(LiveSchema schema, LiveTable t, LiveColumn col, SqlType type) throws ChangeException {
        String tmp = Names.joined(col.name(), "kei_new");
        return swap(
                schema,
                t,
                col,
                tmp,
                type,
                true,
                "the application reads and writes " + t.name() + "." + col.name() + " as " + type);
    }

    /** A rename through the new column itself, kept in step both ways until the contract step drops the old. */
    static List<Step> rename(LiveSchema schema, LiveTable t, LiveColumn col, String to) throws ChangeException {
        Target.absentColumn(t, to);
        return swap(
                schema,
                t,
                col,
                to,
                SqlType.parse(col.type()),
                false,
                "the application reads and writes " + t.name() + "." + to + ", no longer " + col.name());
    }

    private static List<Step> swap(
            LiveSchema schema, LiveTable t, LiveColumn col, String target, SqlType type, boolean retype, String reason)
            throws ChangeException {
        refuseKeys(schema, t, col);
        String table = q(t.name());
        String old = q(col.name());
        String neu = q(target);
        String sync = q(Names.joined("kei_sync", t.name(), col.name()));
        String value = retype ? old + "::" + type : old;
        List<LiveIndex> indexes = t.indexes().stream()
                .filter(i -> i.columns().contains(col.name()))
                .toList();
        List<LiveCheck> checks = t.checks().stream()
                .filter(k -> mentions(k.definition(), col.name()))
                .toList();
        List<Step> steps = new ArrayList<>();

        String body = retype
                ? "BEGIN NEW." + neu + " := NEW." + old + "::" + type + "; RETURN NEW; END"
                : "BEGIN IF TG_OP = 'INSERT' THEN IF NEW." + neu + " IS NULL THEN NEW." + neu + " := NEW." + old
                        + "; ELSE NEW." + old + " := NEW." + neu + "; END IF; ELSIF NEW." + neu
                        + " IS DISTINCT FROM OLD." + neu + " THEN NEW." + old + " := NEW." + neu + "; ELSE NEW." + neu
                        + " := NEW." + old + "; END IF; RETURN NEW; END";
        steps.add(new Step(
                "expand_" + t.name() + "_" + col.name(),
                "add " + t.name() + "." + target + " " + type + ", kept in step with " + col.name() + " by a trigger",
                with(
                        StepSql.inTransaction(Budget.instant()),
                        "ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + neu + " " + type + ";",
                        "CREATE OR REPLACE FUNCTION " + sync + "() RETURNS trigger LANGUAGE plpgsql AS $kei$ " + body
                                + " $kei$;",
                        "DROP TRIGGER IF EXISTS " + sync + " ON " + table + ";",
                        "CREATE TRIGGER " + sync + " BEFORE INSERT OR UPDATE " + (retype ? "OF " + old + " " : "")
                                + "ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + sync + "();"),
                with(
                        StepSql.inTransaction(Budget.instant()),
                        "DROP TRIGGER IF EXISTS " + sync + " ON " + table + ";",
                        "DROP FUNCTION IF EXISTS " + sync + "();",
                        "-- squawk-ignore ban-drop-column",
                        "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + neu + ";"),
                false,
                false,
                null));

        List<String> fill = new ArrayList<>(StepSql.outsideTransaction(Budget.instant()));
        fill.add("-- kei:backfill batch " + ColumnRecipes.BACKFILL_BATCH);
        fill.add("UPDATE " + table + " SET " + neu + " = " + value + " WHERE " + neu + " IS DISTINCT FROM " + value
                + ";");
        steps.add(new Step(
                "backfill_" + t.name() + "_" + target,
                "copy " + col.name() + " into " + target + " on the existing rows, in batches",
                fill,
                List.of("-- nothing to undo here: the values go with the column (an earlier step's down)"),
                true,
                false,
                null));

        List<String> ready = new ArrayList<>(StepSql.outsideTransaction(Budget.build(t.bytes())));
        List<String> unready = new ArrayList<>(StepSql.outsideTransaction(Budget.instant()));
        if (col.notNull()) {
            ready.addAll(NotNull.set(t.name(), target));
        }
        for (LiveIndex i : indexes) {
            String name = twin(i.name(), col.name(), target);
            ready.add("CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY IF NOT EXISTS " + q(name) + " ON "
                    + table + " ("
                    + StepSql.list(i.columns().stream()
                            .map(c -> c.equals(col.name()) ? target : c)
                            .toList()) + ");");
            unready.add("DROP INDEX CONCURRENTLY IF EXISTS " + q(name) + ";");
        }
        for (LiveCheck k : checks) {
            String name = q(twin(k.name(), col.name(), target));
            ready.add(StepSql.quickLock());
            ready.add("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + name + ";");
            ready.add("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + renamed(k, col.name(), target)
                    + " NOT VALID;");
            ready.add(StepSql.patientLock());
            if (k.validated()) {
                ready.add("ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name + ";");
            }
            unready.add("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + name + ";");
        }
        if (col.notNull() || !indexes.isEmpty() || !checks.isEmpty()) {
            steps.add(new Step(
                    "ready_" + t.name() + "_" + target,
                    "give " + target + " what " + col.name() + " has: NOT NULL and indexes, online",
                    ready,
                    unready,
                    true,
                    true,
                    null));
        }

        List<String> contract = new ArrayList<>(StepSql.inTransaction(Budget.instant()));
        contract.add("DROP TRIGGER IF EXISTS " + sync + " ON " + table + ";");
        contract.add("DROP FUNCTION IF EXISTS " + sync + "();");
        if (col.defaultSql() != null) {
            contract.add("ALTER TABLE " + table + " ALTER COLUMN " + neu + " SET DEFAULT (" + col.defaultSql() + ")"
                    + (retype ? "::" + type : "") + ";");
        }
        contract.add("-- squawk-ignore ban-drop-column");
        contract.add("ALTER TABLE " + table + " DROP COLUMN " + old + ";");
        String finalName = retype ? col.name() : target;
        if (retype) {
            contract.add("-- kei:allow renaming-table-or-column the swap's last move, in the transaction that drops the"
                    + " old column: no application sees " + target);
            contract.add("-- squawk-ignore renaming-column");
            contract.add("ALTER TABLE " + table + " RENAME COLUMN " + neu + " TO " + old + ";");
        }
        for (LiveIndex i : indexes) {
            String twin = twin(i.name(), col.name(), target);
            String finalIndex = retype ? i.name() : twin;
            if (i.constraint() != null) {
                String constraint = retype ? i.constraint() : twin(i.constraint(), col.name(), target);
                contract.add("ALTER TABLE " + table + " ADD CONSTRAINT " + q(constraint) + " UNIQUE USING INDEX "
                        + q(twin) + ";");
            } else if (!finalIndex.equals(twin)) {
                contract.add("ALTER INDEX " + q(twin) + " RENAME TO " + q(finalIndex) + ";");
            }
        }

        if (retype) {
            for (LiveCheck k : checks) {
                // the original went with the old column: the copy takes its name
                contract.add("ALTER TABLE " + table + " RENAME CONSTRAINT " + q(twin(k.name(), col.name(), target))
                        + " TO " + q(k.name()) + ";");
            }
        }

        List<String> undo;
        if (Budget.restorable(t.bytes())) {
            undo = new ArrayList<>(StepSql.outsideTransaction(Budget.build(t.bytes())));
            String now = q(finalName);
            String back = retype ? q(target) : now;
            if (retype) {
                undo.add("-- kei:allow renaming-table-or-column the rollback of the swap: the old column comes back"
                        + " under its name");
                undo.add("-- squawk-ignore renaming-column, prefer-robust-stmts");
                undo.add("ALTER TABLE " + table + " RENAME COLUMN " + now + " TO " + back + ";");
            }
            for (LiveIndex i : indexes) {
                String current = retype
                        ? (i.constraint() != null ? i.constraint() : i.name())
                        : (i.constraint() != null
                                ? twin(i.constraint(), col.name(), target)
                                : twin(i.name(), col.name(), target));
                undo.add(
                        i.constraint() != null
                                ? "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + q(current) + ";"
                                : "DROP INDEX CONCURRENTLY IF EXISTS " + q(current) + ";");
            }
            for (LiveCheck k : checks) {
                String current = retype ? k.name() : twin(k.name(), col.name(), target);
                undo.add("ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + q(current) + ";");
            }
            undo.add("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + old + " " + col.type() + ";");
            undo.add("UPDATE " + table + " SET " + old + " = " + back + (retype ? "::" + col.type() : "") + ";");
            if (col.defaultSql() != null) {
                undo.addAll(StepSql.idempotent(
                        "ALTER TABLE " + table + " ALTER COLUMN " + old + " SET DEFAULT " + col.defaultSql() + ";"));
            }
            if (col.notNull()) {
                undo.addAll(NotNull.set(t.name(), col.name()));
            }
            for (LiveIndex i : indexes) {
                undo.add(IndexRecipes.rebuildStatement(i));
                if (i.constraint() != null) {
                    undo.addAll(StepSql.uniqueUsingIndex(t.name(), i.constraint(), i.name()));
                }
            }
            undo.addAll(LiveDdl.checks(t.name(), checks));
            undo.add("-- squawk-ignore ban-drop-column");
            undo.add("ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + back + ";");
        } else {
            undo = List.of("-- IRREVERSIBLE: " + t.name() + " holds ~" + t.rows() + " rows (" + (t.bytes() >> 20)
                    + " MB); copying " + col.name() + " back would take ~"
                    + Budget.copy(t.bytes()).toMinutes()
                    + " min, over seed 004's five-minute rollback budget. Restore from a backup.");
        }
        steps.add(new Step(
                "contract_" + t.name() + "_" + col.name(),
                "drop the trigger and the old " + col.name() + (retype ? "; " + target + " takes its name" : ""),
                contract,
                undo,
                false,
                true,
                reason));
        return steps;
    }

    /** Whether a check's definition names {@code column} (as a whole word: names here are plain identifiers). */
    static boolean mentions(String definition, String column) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(column) + "\\b")
                .matcher(definition)
                .find();
    }

    /** The check's condition on {@code target} instead of {@code column}, without a NOT VALID of its own. */
    private static String renamed(LiveCheck k, String column, String target) {
        String def = k.definition().replaceAll(" NOT VALID$", "");
        return def.replaceAll(
                "\\b" + java.util.regex.Pattern.quote(column) + "\\b",
                java.util.regex.Matcher.quoteReplacement(q(target)));
    }

    /** An index name for the twin column: the column's name replaced in it, else {@code <name>_<target>}. */
    static String twin(String index, String column, String target) {
        return index.contains(column) ? Names.joined(index.replace(column, target)) : Names.joined(index, target);
    }

    private static void refuseKeys(LiveSchema schema, LiveTable t, LiveColumn col) throws ChangeException {
        String what = t.name() + "." + col.name();
        if (t.primaryKey().contains(col.name())) {
            throw new ChangeException(what + " is part of the primary key: kei does not swap key columns online.");
        }
        if (!col.identity().isEmpty()) {
            throw new ChangeException(what + " is an identity column: kei does not swap it online.");
        }
        for (LiveForeignKey f : t.foreignKeys()) {
            if (f.columns().contains(col.name())) {
                throw new ChangeException(what + " is in foreign key " + f.name() + ": remove the relation, change the"
                        + " column, then add the relation again.");
            }
        }
        for (LiveForeignKey f : schema.referencing(t.name())) {
            if (f.refColumns().contains(col.name())) {
                throw new ChangeException(what + " is referenced by " + f.name() + ": remove that relation first.");
            }
        }
        for (LiveIndex i : t.indexes()) {
            if (i.columns().contains(col.name())
                    && (i.definition().contains(" WHERE ")
                            || i.columns().stream().anyMatch(c -> c.contains("(")))) {
                throw new ChangeException(what + " is in index " + i.name() + " with an expression or a WHERE: kei"
                        + " cannot copy it to the new column.");
            }
        }
    }
}
