package dev.kei.sql;

import dev.kei.db.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indexes seed 002's index strategy adds, beyond every foreign key's, to the tables that will be large: one on
 * each status column and one on the sorting column {@code created_at}, named {@code idx_<table>_<cols>} like every
 * other index kei makes (db-naming.md; seed 002 puts the suffix last, but one schema should not mix two styles) and
 * fitted to 63 bytes like every other name.
 *
 * <p>Which tables will be large depends on the SCALE answer:
 *
 * <ul>
 *   <li>{@link Design.Scale#SMALL}: none; under a million rows a scan is cheap, and every extra index slows writes.
 *   <li>{@link Design.Scale#GROWING}: every table, junction tables aside, that references another table other than
 *       the tenants table. Such a table holds the rows that accumulate under a parent, many per parent and more every
 *       day (orders, appointments, messages); a table with no such reference is a lookup or parent table (customers,
 *       categories, tags) whose size follows the business, not its activity. A self-reference (categories under
 *       categories) is still a lookup tree, and {@code tenant_id} is on every table, so neither says the table
 *       accumulates.
 *   <li>{@link Design.Scale#LARGE}: every table but the junction tables: at tens of millions of rows the parents are
 *       big too.
 * </ul>
 *
 * <p>Junction tables never get these: they hold only the pair and its {@code created_at}, and are read through the
 * keys they already have indexed.
 *
 * <p>A status column is an {@code enum(...)} column, or one named {@code status} or ending in {@code _status} whose
 * type is text, varchar or an integer: what lists filter on. {@code created_at} is indexed only when the standard
 * columns include it (not with {@link Design.Timestamps#NONE}).
 *
 * <p>With a tenant column, these indexes lead with it, {@code (tenant_id, status)} and {@code (tenant_id,
 * created_at)}, since every query of such an app is scoped to one tenant first. The foreign-key indexes stay as they
 * are, single-column: an index whose first column is the foreign key is what spares a parent's delete a scan of the
 * child table, and {@code (tenant_id, <fk>)} would not lead with it. That keeps {@code idx_<table>_tenant_id} too,
 * though the composites lead with {@code tenant_id} and would cover it: one rule for every foreign key, for the price
 * of one index more on a large table.
 *
 * <p>An index is left out when the primary key, a unique constraint or another index already leads with its columns.
 */
final class LargeTableIndexes {
    private static final Set<ColumnType.Kind> STATUS_KINDS = Set.of(
            ColumnType.Kind.TEXT,
            ColumnType.Kind.VARCHAR,
            ColumnType.Kind.SMALLINT,
            ColumnType.Kind.INT,
            ColumnType.Kind.BIGINT);

    private final Design design;
    private final Optional<String> tenantTable;

    /** @param tenantTable the tenants table, when every table carries a tenant column */
    LargeTableIndexes(Design design, Optional<String> tenantTable) {
        this.design = design;
        this.tenantTable = tenantTable;
    }

    /** {@code t} with its scale-driven indexes appended; {@code t} itself when it will not be large. */
    Table addTo(Table t, Identifiers names) {
        if (!large(t)) {
            return t;
        }
        List<String> lead = tenantColumn(t).map(List::of).orElse(List.of());
        List<Index> indexes = new ArrayList<>(t.indexes());
        for (Column c : t.columns()) {
            if (!status(c) && !sortedBy(c)) {
                continue;
            }
            List<String> columns = new ArrayList<>(lead);
            columns.add(c.name());
            if (!covered(t, indexes, columns)) {
                indexes.add(new Index(names.unique("idx_" + t.name() + "_" + String.join("_", columns)), columns));
            }
        }
        return new Table(
                t.name(), t.columns(), t.primaryKey(), t.constraints(), t.foreignKeys(), indexes, t.junction());
    }

    private boolean large(Table t) {
        if (t.junction()) {
            return false;
        }
        return switch (design.scale()) {
            case SMALL -> false;
            case GROWING -> t.foreignKeys().stream()
                    .anyMatch(fk -> !fk.refTable().equals(t.name()) && !tenantTable.equals(Optional.of(fk.refTable())));
            case LARGE -> true;
        };
    }

    private Optional<String> tenantColumn(Table t) {
        return t.foreignKeys().stream()
                .filter(fk -> tenantTable.equals(Optional.of(fk.refTable())))
                .map(ForeignKey::column)
                .findFirst();
    }

    private static boolean status(Column c) {
        if (c.role() != Column.Role.FIELD) {
            return false;
        }
        boolean named = c.name().equals("status") || c.name().endsWith("_status");
        return c.type().kind() == ColumnType.Kind.ENUM
                || (named && STATUS_KINDS.contains(c.type().kind()));
    }

    private boolean sortedBy(Column c) {
        return c.name().equals("created_at") && design.timestamps() != Design.Timestamps.NONE;
    }

    private static boolean covered(Table t, List<Index> indexes, List<String> columns) {
        List<List<String>> existing = new ArrayList<>();
        existing.add(t.primaryKey().columns());
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                existing.add(u.columns());
            }
        }
        indexes.forEach(i -> existing.add(i.columns()));
        return existing.stream()
                .anyMatch(e -> e.size() >= columns.size()
                        && e.subList(0, columns.size()).equals(columns));
    }
}
