package dev.kei.change;

import dev.kei.db.ColumnType;
import dev.kei.db.SqlDefault;
import dev.kei.sql.Column;
import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Index;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live schema read back into kei's physical model ({@link Schema}), the model db/schema.sql and the ORM files are
 * rendered from: after a change, the ORM files describe the schema as it now is. What the model cannot say (a
 * composite or cross-schema foreign key, a partial or expression index, a CHECK other than an enum's, a default
 * that is no literal) is refused with every such object named, so nothing is silently left out of an ORM file.
 */
public final class PhysicalSchema {
    // pg_get_constraintdef of an enum's CHECK as kei writes it: CHECK ((state = ANY (ARRAY['a'::text, 'b'::text])))
    private static final Pattern ENUM_CHECK = Pattern.compile(
            "CHECK \\(\\(\\(?([a-z_][a-z0-9_$]*)\\)?(?:::text)? = ANY \\(\\(?ARRAY\\[(.*)\\]\\)?(?:::text\\[\\])?\\)\\)\\)");

    private PhysicalSchema() {}

    /** {@code live} as the physical model, or a {@link ChangeException} naming everything it cannot express. */
    public static Schema of(LiveSchema live) throws ChangeException {
        List<String> missing = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (LiveTable t : live.tables().values()) {
            tables.add(table(t, missing));
        }
        if (!missing.isEmpty()) {
            throw new ChangeException("kei's schema model cannot express " + String.join("; ", missing) + ".");
        }
        return Schema.ordered(tables);
    }

    private static Table table(LiveTable t, List<String> missing) {
        String where = t.name();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (LiveForeignKey fk : t.foreignKeys()) {
            foreignKey(where, fk, missing).ifPresent(foreignKeys::add);
        }
        List<Constraint> constraints = new ArrayList<>();
        List<String> enums = new ArrayList<>();
        for (LiveCheck check : t.checks()) {
            Matcher m = ENUM_CHECK.matcher(check.definition());
            List<String> values = m.matches() ? CatalogueValues.enumValues(m.group(2)) : List.of();
            if (values.isEmpty() || t.column(m.group(1)).isEmpty()) {
                missing.add("the check " + where + "." + check.name() + " (" + check.definition() + ")");
                continue;
            }
            constraints.add(new Constraint.AllowedValues(check.name(), m.group(1), values));
            enums.add(m.group(1));
        }
        Constraint.PrimaryKey primaryKey = null;
        List<Index> indexes = new ArrayList<>();
        for (LiveIndex index : t.indexes()) {
            if (index.primary()) {
                primaryKey = new Constraint.PrimaryKey(index.constraint(), t.primaryKey());
            } else if (!plain(index, t)) {
                missing.add("the index " + index.name() + " (" + index.definition() + ")");
            } else if (index.unique() && index.constraint() != null) {
                constraints.add(new Constraint.Unique(index.constraint(), index.columns()));
            } else if (index.unique() || index.constraint() != null) {
                missing.add("the unique index " + index.name() + " without its UNIQUE constraint");
            } else {
                indexes.add(new Index(index.name(), index.columns()));
            }
        }
        if (primaryKey == null) {
            missing.add("the table " + where + " without a primary key");
            primaryKey = new Constraint.PrimaryKey(where + "_pkey", List.of());
        }
        List<Column> columns = new ArrayList<>();
        for (LiveColumn c : t.columns()) {
            column(t, c, enums, constraints, foreignKeys, missing).ifPresent(columns::add);
        }
        // the designer's order, which the catalogue (by name) does not keep: keys and indexes in their columns' order
        foreignKeys.sort(java.util.Comparator.comparingInt(f -> position(t, f.column())));
        indexes.sort((a, b) -> compare(positions(t, a.columns()), positions(t, b.columns())));
        boolean junction = t.primaryKey().size() == 2
                && t.primaryKey().stream().allMatch(k -> foreignKeys.stream()
                        .anyMatch(f -> f.column().equals(k)));
        // the designer's order: UNIQUE constraints before the CHECKs of enums
        constraints.sort((a, b) ->
                Boolean.compare(a instanceof Constraint.AllowedValues, b instanceof Constraint.AllowedValues));
        return new Table(t.name(), columns, primaryKey, constraints, foreignKeys, indexes, junction);
    }

    private static List<Integer> positions(LiveTable t, List<String> columns) {
        return columns.stream().map(c -> position(t, c)).toList();
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int position(LiveTable t, String column) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean plain(LiveIndex index, LiveTable t) {
        return index.valid()
                && index.definition().contains(" USING btree (")
                && !index.definition().contains(" WHERE ")
                && !index.definition().contains(" INCLUDE (")
                && index.columns().stream().allMatch(c -> t.column(c).isPresent());
    }

    private static Optional<ForeignKey> foreignKey(String table, LiveForeignKey fk, List<String> missing) {
        Optional<ForeignKey.OnDelete> onDelete = java.util.Arrays.stream(ForeignKey.OnDelete.values())
                .filter(o -> o.sql().equals(fk.onDelete()))
                .findFirst();
        if (fk.columns().size() != 1 || fk.refTable().contains(".") || onDelete.isEmpty()) {
            missing.add("the foreign key " + table + "." + fk.name() + " (" + fk.definition() + ")");
            return Optional.empty();
        }
        return Optional.of(new ForeignKey(
                fk.name(), fk.columns().get(0), fk.refTable(), fk.refColumns().get(0), onDelete.get()));
    }

    private static Optional<Column> column(
            LiveTable t,
            LiveColumn c,
            List<String> enums,
            List<Constraint> constraints,
            List<ForeignKey> foreignKeys,
            List<String> missing) {
        String where = t.name() + "." + c.name();
        Optional<ColumnType> type = CatalogueValues.type(c.type());
        if (type.isEmpty()) {
            missing.add("the column " + where + " of type " + c.type());
            return Optional.empty();
        }
        ColumnType columnType = type.get();
        if (enums.contains(c.name()) && columnType.kind() == ColumnType.Kind.TEXT) {
            Constraint.AllowedValues allowed = constraints.stream()
                    .filter(k -> k instanceof Constraint.AllowedValues a
                            && a.column().equals(c.name()))
                    .map(Constraint.AllowedValues.class::cast)
                    .findFirst()
                    .orElseThrow();
            columnType = new ColumnType(ColumnType.Kind.ENUM, 0, 0, 0, allowed.values());
        }
        boolean soleKey = t.primaryKey().equals(List.of(c.name()));
        Optional<SqlDefault> value = Optional.empty();
        if (c.defaultSql() != null) {
            value = CatalogueValues.defaultOf(c.defaultSql(), columnType);
            if (value.isEmpty()) {
                missing.add("the default of " + where + " (" + c.defaultSql() + ")");
            }
        }
        Column.Role role = Column.Role.FIELD;
        if (soleKey && c.identity().equals("always") && columnType.kind() == ColumnType.Kind.BIGINT) {
            role = Column.Role.KEY;
        } else if (soleKey
                && columnType.kind() == ColumnType.Kind.UUID
                && value.filter(v -> v instanceof SqlDefault.RandomUuid).isPresent()) {
            role = Column.Role.KEY;
        } else if (c.identityColumn()) {
            missing.add("the identity column " + where + " (GENERATED "
                    + c.identity().toUpperCase(java.util.Locale.ROOT) + "; kei writes keys as GENERATED ALWAYS)");
        } else if (foreignKeys.stream().anyMatch(f -> f.column().equals(c.name()))
                && (columnType.kind() == ColumnType.Kind.UUID || columnType.kind() == ColumnType.Kind.BIGINT)) {
            role = Column.Role.REFERENCE;
        } else if ((c.name().equals("created_at") || c.name().equals("updated_at"))
                && columnType.kind() == ColumnType.Kind.TIMESTAMPTZ
                && c.notNull()
                && value.filter(v -> v instanceof SqlDefault.Now).isPresent()) {
            role = Column.Role.TIMESTAMP;
        }
        return Optional.of(new Column(c.name(), columnType, c.notNull(), value, role));
    }
}
