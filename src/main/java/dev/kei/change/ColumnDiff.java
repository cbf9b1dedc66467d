package dev.kei.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column changes of one table both schemas have, in the order they can run: the dropped columns, the renames,
 * the changes of type, NOT NULL and default (on the new names), then the added columns in the target's order.
 */
final class ColumnDiff {
    private ColumnDiff() {}

    /** The changes of {@code targetName} (its current counterpart already renamed to it when it was renamed). */
    static List<Change> of(DiffContext d, String targetName) {
        LiveTable cur = d.currentTable(d.map.tables().get(targetName));
        LiveTable tgt = d.targetTable(targetName);
        Map<String, String> kept = d.map.columns().get(targetName);
        List<Change> drops = new ArrayList<>();
        List<Change> renames = new ArrayList<>();
        List<Change> modifies = new ArrayList<>();
        List<Change> adds = new ArrayList<>();
        for (LiveColumn c : cur.columns()) {
            if (!kept.containsValue(c.name())) {
                drops.add(new Change.DropColumn(targetName, c.name()));
            }
        }
        for (LiveColumn c : cur.columns()) {
            d.targetColumn(cur.name(), c.name())
                    .filter(to -> !to.equals(c.name()))
                    .filter(to -> d.named(to, "Column"))
                    .ifPresent(to -> renames.add(new Change.Rename(targetName, c.name(), to)));
        }
        for (LiveColumn t : tgt.columns()) {
            String from = kept.get(t.name());
            if (from == null) {
                added(d, targetName, t).ifPresent(adds::add);
            } else {
                modified(d, cur, targetName, cur.column(from).orElseThrow(), t).ifPresent(modifies::add);
            }
        }
        List<Change> out = new ArrayList<>(drops);
        out.addAll(renames);
        out.addAll(modifies);
        out.addAll(adds);
        return out;
    }

    private static java.util.Optional<Change> added(DiffContext d, String table, LiveColumn t) {
        if (!d.named(t.name(), "Column")) {
            return java.util.Optional.empty();
        }
        if (t.identityColumn()) {
            d.refused.add("column " + table + "." + t.name() + " is an identity column: kei adds none to a table"
                    + " that exists (give it a default, or add it by hand)");
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Change.AddColumn(table, spec(t)));
        } catch (ChangeException e) {
            d.refused.add("column " + table + "." + t.name() + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** One ModifyColumn with whatever differs (type, NOT NULL, default), or none when nothing does. */
    private static java.util.Optional<Change> modified(
            DiffContext d, LiveTable cur, String table, LiveColumn was, LiveColumn t) {
        String where = "column " + table + "." + t.name();
        if (!was.identity().equals(t.identity())) {
            d.refused.add(where + ": kei does not change whether a column is an identity column");
            return java.util.Optional.empty();
        }
        try {
            SqlType type = was.type().equals(t.type()) ? null : SqlType.parse(t.type());
            Boolean notNull = was.notNull() == t.notNull() ? null : t.notNull();
            // a swap gives the new column the old default cast to the new type: the target's is set again after it
            boolean reset = type != null && DiffContext.rewrites(was.type(), t.type()) && was.defaultSql() != null;
            boolean defaultDiffers =
                    !t.identityColumn() && (reset || !Objects.equals(was.defaultSql(), t.defaultSql()));
            SqlValue def = defaultDiffers && t.defaultSql() != null ? value(t.defaultSql()) : null;
            boolean dropDefault = defaultDiffers && t.defaultSql() == null;
            if (type == null && notNull == null && def == null && !dropDefault) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    new Change.ModifyColumn(table, t.name(), type, notNull, def, dropDefault, null));
        } catch (ChangeException e) {
            d.refused.add(where + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** A target column as a column to add (its default as the catalogue prints it, checked like any default). */
    static ColumnSpec spec(LiveColumn t) throws ChangeException {
        return new ColumnSpec(
                t.name(),
                SqlType.parse(t.type()),
                t.notNull(),
                t.defaultSql() == null ? null : value(t.defaultSql()),
                false,
                null);
    }

    private static SqlValue value(String defaultSql) throws ChangeException {
        return SqlValue.parse(defaultSql);
    }
}
