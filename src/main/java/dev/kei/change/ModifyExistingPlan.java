package dev.kei.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's {@code migration_type: modify_existing}, with kei's additions under {@code changes}. A plan lists sets,
 * not steps, so the changes come out in one fixed order in which no statement acts on what an earlier one removed
 * or renamed: renames, drops of foreign keys, drops of indexes, drops of columns, added columns, modified columns,
 * added indexes, foreign keys. Renames come first, so every other list names columns by their new names; explicit
 * drops of constraints and indexes come before the column drops that would remove them silently (and make the
 * explicit DROP fail); drops come before adds, so an added column may take a dropped one's name; indexes and foreign
 * keys come last, on the final columns and types. A plan that names a column in a way this order would break
 * (modifying a column it drops, using a column's name from before its rename) is refused.
 */
final class ModifyExistingPlan {
    private static final String RENAME_EXAMPLE = "- {from: 'old_name', to: 'new_name'}";
    private static final String COLUMN_EXAMPLE = "- {name: 'brand_id', type: 'UUID', constraints: ['NULL']}";
    private static final String MODIFY_EXAMPLE = "- {name: 'description', new_type: 'TEXT'}";

    private final String table;
    private final Map<String, Rename> renamedFrom = new LinkedHashMap<>();
    private final Map<String, PlanNode.Where> renamedTo = new LinkedHashMap<>();
    private final Map<String, PlanNode.Where> dropped = new LinkedHashMap<>();
    private final Map<String, PlanNode.Where> added = new LinkedHashMap<>();

    private record Rename(String to, PlanNode.Where where) {}

    private ModifyExistingPlan(String table) {
        this.table = table;
    }

    /** Appends the plan's changes to {@code out}, and each modified column's {@code old_type} to {@code oldTypes}. */
    static void read(PlanNode.Mapping plan, List<Change> out, Map<Change.ModifyColumn, SqlType> oldTypes)
            throws PlanException {
        PlanKeys.check(plan, "a modify_existing plan", PlanKeys.MODIFY_EXISTING, "table_name");
        String table = PlanKeys.name(PlanKeys.get(plan, "table_name"), "table_name");
        PlanNode changesNode = PlanKeys.get(plan, "changes");
        PlanNode keysNode = PlanKeys.get(plan, "foreign_keys");
        if (changesNode == null && keysNode == null) {
            throw new PlanException(
                    plan.where(),
                    "the modify_existing plan of " + table + " changes nothing. Write"
                            + " changes: (with add_columns, modify_columns, drop_columns, add_indexes, ...) or foreign_keys:.");
        }
        PlanNode.Mapping changes = changesNode == null
                ? new PlanNode.Mapping(Map.of(), plan.where())
                : PlanKeys.mapping(
                        changesNode, "changes", "changes: {add_columns: [{name: 'brand_id', type: 'UUID'}]}");
        PlanKeys.check(changes, "changes", PlanKeys.CHANGES);
        if (changesNode != null && changes.entries().isEmpty()) {
            throw new PlanException(
                    changes.where(),
                    "changes is empty. Write at least one of: " + String.join(", ", PlanKeys.CHANGES) + ".");
        }
        new ModifyExistingPlan(table).read(changes, keysNode, out, oldTypes);
    }

    private void read(
            PlanNode.Mapping changes, PlanNode keysNode, List<Change> out, Map<Change.ModifyColumn, SqlType> oldTypes)
            throws PlanException {
        List<Change.AddRelation> relations = new ArrayList<>();
        for (PlanNode node : items(changes, "rename_columns", RENAME_EXAMPLE)) {
            out.add(rename(node));
        }
        for (PlanNode node : items(changes, "drop_foreign_keys", "['fk_products_brand_id']")) {
            out.add(new Change.DropRelation(table, PlanKeys.name(node, "foreign key to drop")));
        }
        for (PlanNode node : items(changes, "drop_indexes", "['idx_products_status']")) {
            out.add(new Change.DropIndex(table, PlanKeys.name(node, "index to drop")));
        }
        PlanNode drops = PlanKeys.get(changes, "drop_columns");
        if (drops != null) {
            PlanKeys.names(drops, "drop_columns", "['old_field']");
            for (PlanNode node : PlanKeys.list(drops, "drop_columns", "['old_field']")) {
                String column = PlanKeys.name(node, "column to drop");
                notRenamedAway(column, node.where());
                if (renamedTo.containsKey(column)) {
                    throw new PlanException(
                            node.where(),
                            column + " is both dropped and the new name of a renamed"
                                    + " column (line " + renamedTo.get(column).line()
                                    + "). Split the plan into two list items"
                                    + " (- ...) in the order you mean.");
                }
                dropped.put(column, node.where());
                out.add(new Change.DropColumn(table, column));
            }
        }
        for (PlanNode node : items(changes, "add_columns", COLUMN_EXAMPLE)) {
            Change.AddColumn add = addColumn(node, relations);
            if (added.containsKey(add.column().name())
                    || renamedTo.containsKey(add.column().name())) {
                throw new PlanException(
                        node.where(),
                        "the column " + add.column().name() + " is already "
                                + (added.containsKey(add.column().name())
                                        ? "added"
                                        : "the new name of a renamed column")
                                + " in this plan. Give the column another name.");
            }
            added.put(add.column().name(), node.where());
            out.add(add);
        }
        Map<String, PlanNode.Where> modified = new LinkedHashMap<>();
        for (PlanNode node : items(changes, "modify_columns", MODIFY_EXAMPLE)) {
            Change.ModifyColumn modify = modifyColumn(node, oldTypes);
            if (modified.containsKey(modify.column())) {
                throw new PlanException(
                        node.where(),
                        "the column " + modify.column() + " is modified twice (first at" + " line "
                                + modified.get(modify.column()).line() + "). Merge the two into one item.");
            }
            modified.put(modify.column(), node.where());
            out.add(modify);
        }
        List<String> indexNames = new ArrayList<>();
        for (PlanNode node : items(changes, "add_indexes", PlanEntries.INDEX_EXAMPLE)) {
            Change.AddIndex index = PlanEntries.index(node, table, "an index to add");
            for (String column : index.columns()) {
                usable(column, node.where(), "indexed");
            }
            if (indexNames.contains(index.name())) {
                throw new PlanException(
                        node.where(),
                        "two indexes to add are named " + index.name() + ". Give this"
                                + " one another name: name: '...'.");
            }
            indexNames.add(index.name());
            out.add(index);
        }
        if (keysNode != null) {
            for (PlanNode node : PlanKeys.list(keysNode, "foreign_keys", PlanEntries.FOREIGN_KEY_EXAMPLE)) {
                Change.AddRelation relation = PlanEntries.foreignKey(node, table, "a foreign key");
                usable(relation.columns().get(0), node.where(), "given a foreign key");
                for (Change.AddRelation other : relations) {
                    if (other.columns().equals(relation.columns())) {
                        throw new PlanException(
                                node.where(),
                                "the column " + relation.columns().get(0) + " already"
                                        + " references " + other.refTable() + " in its add_columns"
                                        + " constraints. Write its relation once.");
                    }
                }
                relations.add(relation);
            }
        }
        out.addAll(relations);
    }

    private List<PlanNode> items(PlanNode.Mapping changes, String key, String example) throws PlanException {
        PlanNode node = PlanKeys.get(changes, key);
        return node == null ? List.of() : PlanKeys.list(node, key, example);
    }

    private Change.Rename rename(PlanNode node) throws PlanException {
        PlanNode.Mapping m = PlanKeys.mapping(node, "a rename", RENAME_EXAMPLE);
        PlanKeys.check(m, "a rename", PlanKeys.FROM_TO, "from", "to");
        String from = PlanKeys.name(PlanKeys.get(m, "from"), "column to rename");
        String to = PlanKeys.name(PlanKeys.get(m, "to"), "new column name");
        if (from.equals(to)) {
            throw new PlanException(m.where(), "the rename of " + from + " keeps its name. Write a different to:.");
        }
        if (renamedFrom.containsKey(from) || renamedTo.containsKey(to) || renamedTo.containsKey(from)) {
            throw new PlanException(
                    m.where(),
                    "the column " + (renamedTo.containsKey(to) ? to : from) + " is already"
                            + " in another rename of this plan. Rename each column once, from its current name.");
        }
        renamedFrom.put(from, new Rename(to, m.where()));
        renamedTo.put(to, m.where());
        return new Change.Rename(table, from, to);
    }

    private Change.AddColumn addColumn(PlanNode node, List<Change.AddRelation> relations) throws PlanException {
        PlanNode.Mapping m = PlanKeys.mapping(node, "a column to add", COLUMN_EXAMPLE);
        PlanKeys.check(m, "a column to add", PlanKeys.ADD_COLUMN, "name", "type");
        String name = PlanKeys.name(PlanKeys.get(m, "name"), "column name");
        SqlType type = PlanKeys.type(PlanKeys.get(m, "type"), "the type of " + name);
        PlanNode written = PlanKeys.get(m, "constraints");
        PlanConstraints c = written == null
                ? new PlanConstraints(false, null, null, false, false, null)
                : PlanConstraints.read(written, PlanConstraints.Place.ADD_COLUMN, "the constraints of " + name);
        PlanNode backfill = PlanKeys.get(m, "backfill");
        SqlValue fill = backfill == null ? null : PlanKeys.value(backfill, "the backfill of " + name);
        if (c.references() != null) {
            relations.add(PlanEntries.relation(table, name, c.references(), null));
        }
        return new Change.AddColumn(
                table,
                new ColumnSpec(name, type, Boolean.TRUE.equals(c.notNull()), c.defaultValue(), c.unique(), fill));
    }

    private Change.ModifyColumn modifyColumn(PlanNode node, Map<Change.ModifyColumn, SqlType> oldTypes)
            throws PlanException {
        PlanNode.Mapping m = PlanKeys.mapping(node, "a column to modify", MODIFY_EXAMPLE);
        PlanKeys.check(m, "a column to modify", PlanKeys.MODIFY_COLUMN, "name");
        String name = PlanKeys.name(PlanKeys.get(m, "name"), "column name");
        usable(name, m.where(), "modified");
        String what = "the change of " + name;
        PlanNode oldNode = PlanKeys.get(m, "old_type");
        SqlType oldType = oldNode == null ? null : PlanKeys.type(oldNode, "the old_type of " + name);
        PlanNode newNode = PlanKeys.get(m, "new_type");
        SqlType type = newNode == null ? null : PlanKeys.type(newNode, "the new_type of " + name);
        PlanNode written = PlanKeys.get(m, "constraints");
        PlanConstraints c = written == null
                ? new PlanConstraints(false, null, null, false, false, null)
                : PlanConstraints.read(written, PlanConstraints.Place.MODIFY_COLUMN, "the constraints of " + name);
        Boolean notNull = c.notNull();
        PlanNode nullable = PlanKeys.get(m, "nullable");
        if (nullable != null) {
            boolean notNullable = !PlanKeys.bool(nullable, "nullable");
            if (notNull != null && notNull != notNullable) {
                throw new PlanException(
                        nullable.where(),
                        "nullable: " + !notNullable + " contradicts the constraint "
                                + (notNull ? "'NOT NULL'" : "'NULL'") + " of " + name + ". Keep one of the two.");
            }
            notNull = notNullable;
        }
        SqlValue defaultValue = c.defaultValue();
        PlanNode def = PlanKeys.get(m, "default");
        if (def != null) {
            if (def instanceof PlanNode.Scalar s && s.text() == null) {
                throw new PlanException(
                        def.where(),
                        "default: is empty. To drop the default write constraints:"
                                + " ['DROP DEFAULT']; for a NULL default write default: 'null'.");
            }
            if (defaultValue != null || c.dropDefault()) {
                throw new PlanException(
                        def.where(),
                        "the default of " + name + " is given both as default: and in"
                                + " constraints. Write it once.");
            }
            defaultValue = PlanKeys.value(def, "the default of " + name);
        }
        PlanNode backfillNode = PlanKeys.get(m, "backfill");
        SqlValue backfill = null;
        if (backfillNode != null) {
            backfill = PlanKeys.value(backfillNode, "the backfill of " + name);
            if (!Boolean.TRUE.equals(notNull)) {
                throw new PlanException(
                        backfillNode.where(),
                        "backfill fills the rows where " + name + " is null"
                                + " before SET NOT NULL, but " + what + " does not make it NOT NULL. Add constraints:"
                                + " ['NOT NULL'], or remove backfill.");
            }
        }
        if (type == null && notNull == null && defaultValue == null && !c.dropDefault()) {
            throw new PlanException(
                    m.where(),
                    what + " changes nothing. Write new_type:, constraints: ['NOT NULL'"
                            + " | 'NULL' | 'DEFAULT <value>' | 'DROP DEFAULT'], nullable: or default:.");
        }
        Change.ModifyColumn modify =
                new Change.ModifyColumn(table, name, type, notNull, defaultValue, c.dropDefault(), backfill);
        if (oldType != null) {
            oldTypes.put(modify, oldType);
        }
        return modify;
    }

    /** Refuses a column this plan renames away or drops before {@code use} would reach it. */
    private void usable(String column, PlanNode.Where where, String use) throws PlanException {
        notRenamedAway(column, where);
        if (dropped.containsKey(column) && !added.containsKey(column)) {
            throw new PlanException(
                    where,
                    "the column " + column + " is dropped (line "
                            + dropped.get(column).line() + ") and " + use + " in the same plan. Keep one of the two.");
        }
    }

    private void notRenamedAway(String column, PlanNode.Where where) throws PlanException {
        Rename rename = renamedFrom.get(column);
        if (rename != null) {
            throw new PlanException(
                    where,
                    "the column " + column + " is renamed to " + rename.to() + " (line "
                            + rename.where().line() + "), and renames come first. Write " + rename.to() + " here.");
        }
    }
}
