package dev.kei.change;

import java.util.ArrayList;
import java.util.List;

/**
 * What a change does to the schema, as db-change models it: the next change of a plan is planned on the schema as
 * the ones before it leave it (a column added by one is there for the index of the next). Sizes stay the table's
 * (a new table has none); names follow the recipes' (a new index valid, a foreign key validated, a key named
 * {@code <table>_pkey}). A change the schema does not allow was refused by its recipe before this runs.
 */
final class SchemaAfter {
    private SchemaAfter() {}

    static LiveSchema apply(LiveSchema s, Change change) {
        if (change instanceof Change.AddColumn c) {
            return s.table(c.table())
                    .map(t -> s.with(columns(t, add(t.columns(), column(c.column())))))
                    .orElse(s);
        } else if (change instanceof Change.DropColumn c) {
            return s.table(c.table())
                    .map(t -> s.with(new LiveTable(
                            t.name(),
                            t.rows(),
                            t.bytes(),
                            t.columns().stream()
                                    .filter(x -> !x.name().equals(c.column()))
                                    .toList(),
                            t.primaryKey(),
                            t.foreignKeys().stream()
                                    .filter(f -> !f.columns().contains(c.column()))
                                    .toList(),
                            t.indexes().stream()
                                    .filter(i -> !i.columns().contains(c.column()))
                                    .toList(),
                            t.checks())))
                    .orElse(s);
        } else if (change instanceof Change.ModifyColumn c) {
            return s.table(c.table())
                    .map(t -> s.with(columns(
                            t,
                            t.columns().stream()
                                    .map(x -> x.name().equals(c.column()) ? modified(x, c) : x)
                                    .toList())))
                    .orElse(s);
        } else if (change instanceof Change.AddIndex c) {
            return s.table(c.table())
                    .map(t -> s.with(indexes(
                            t,
                            add(
                                    t.indexes(),
                                    new LiveIndex(
                                            c.name(),
                                            c.columns(),
                                            c.unique(),
                                            false,
                                            c.unique() ? c.name() : null,
                                            true,
                                            "CREATE " + (c.unique() ? "UNIQUE " : "") + "INDEX " + c.name()
                                                    + " ON public." + t.name() + " USING btree ("
                                                    + String.join(", ", c.columns()) + ")")))))
                    .orElse(s);
        } else if (change instanceof Change.DropIndex c) {
            return s.table(c.table())
                    .map(t -> s.with(indexes(
                            t,
                            t.indexes().stream()
                                    .filter(i -> !i.name().equals(c.name()))
                                    .toList())))
                    .orElse(s);
        } else if (change instanceof Change.AddTable c) {
            List<LiveIndex> indexes = new ArrayList<>();
            indexes.add(new LiveIndex(
                    Names.joined(c.table(), "pkey"),
                    c.primaryKey(),
                    true,
                    true,
                    Names.joined(c.table(), "pkey"),
                    true,
                    ""));
            c.indexes()
                    .forEach(i -> indexes.add(new LiveIndex(i.name(), i.columns(), i.unique(), false, null, true, "")));
            return s.with(new LiveTable(
                    c.table(),
                    0,
                    0,
                    c.columns().stream().map(SchemaAfter::column).toList(),
                    c.primaryKey(),
                    c.relations().stream().map(SchemaAfter::foreignKey).toList(),
                    indexes,
                    List.of()));
        } else if (change instanceof Change.DropTable c) {
            return s.without(c.table());
        } else if (change instanceof Change.AddRelation c) {
            return s.table(c.table())
                    .map(t -> s.with(foreignKeys(t, add(t.foreignKeys(), foreignKey(c)))))
                    .orElse(s);
        } else if (change instanceof Change.DropRelation c) {
            return s.table(c.table())
                    .map(t -> s.with(foreignKeys(
                            t,
                            t.foreignKeys().stream()
                                    .filter(f -> !f.name().equals(c.name())
                                            && !f.columns().equals(List.of(c.name())))
                                    .toList())))
                    .orElse(s);
        } else if (change instanceof Change.Rename c) {
            return s.table(c.table()).map(t -> renamed(s, t, c)).orElse(s);
        }
        return s;
    }

    private static LiveSchema renamed(LiveSchema s, LiveTable t, Change.Rename c) {
        if (c.column() == null) {
            return s.without(t.name())
                    .with(new LiveTable(
                            c.to(),
                            t.rows(),
                            t.bytes(),
                            t.columns(),
                            t.primaryKey(),
                            t.foreignKeys(),
                            t.indexes(),
                            t.checks()));
        }
        return s.with(columns(
                t,
                t.columns().stream()
                        .map(x -> x.name().equals(c.column())
                                ? new LiveColumn(c.to(), x.type(), x.notNull(), x.defaultSql(), x.identity())
                                : x)
                        .toList()));
    }

    private static LiveColumn modified(LiveColumn x, Change.ModifyColumn c) {
        return new LiveColumn(
                x.name(),
                c.type() != null ? c.type().sql() : x.type(),
                c.notNull() != null ? c.notNull() : x.notNull(),
                c.defaultValue() != null ? c.defaultValue().sql() : c.dropDefault() ? null : x.defaultSql(),
                x.identity());
    }

    private static LiveColumn column(ColumnSpec c) {
        return new LiveColumn(
                c.name(),
                c.type().sql(),
                c.notNull(),
                c.defaultValue() == null ? null : c.defaultValue().sql(),
                "");
    }

    private static LiveForeignKey foreignKey(Change.AddRelation r) {
        return new LiveForeignKey(r.name(), r.columns(), r.refTable(), r.refColumns(), r.onDelete(), true, "");
    }

    private static LiveTable columns(LiveTable t, List<LiveColumn> columns) {
        return new LiveTable(
                t.name(), t.rows(), t.bytes(), columns, t.primaryKey(), t.foreignKeys(), t.indexes(), t.checks());
    }

    private static LiveTable foreignKeys(LiveTable t, List<LiveForeignKey> foreignKeys) {
        return new LiveTable(
                t.name(), t.rows(), t.bytes(), t.columns(), t.primaryKey(), foreignKeys, t.indexes(), t.checks());
    }

    private static LiveTable indexes(LiveTable t, List<LiveIndex> indexes) {
        return new LiveTable(
                t.name(), t.rows(), t.bytes(), t.columns(), t.primaryKey(), t.foreignKeys(), indexes, t.checks());
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
