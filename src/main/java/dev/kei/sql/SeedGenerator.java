package dev.kei.sql;

import dev.kei.schema.Inflection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the rows of a seed, table by table in the schema's order, as typed values. Keys come first, for every
 * table, so that a reference can name a row of a table later in a cycle. Deterministic: every column draws from its
 * own stream (see {@link SeedRandom}), and nothing depends on the clock, the dialect or the other tables' values.
 */
final class SeedGenerator {
    private final SeedKind kind;
    private final Map<String, Integer> position;
    private final List<SeedTableShape> shapes = new ArrayList<>();
    private final int[] counts;
    private final SeedValue[][] keys;
    private final SeedFlavour.Memo flavours = new SeedFlavour.Memo();

    private SeedGenerator(Schema schema, SeedKind kind) {
        this.kind = kind;
        this.position = positions(schema);
        List<Table> tables = schema.tables();
        Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
        for (Table t : tables) {
            foreignKeys.put(t.name(), new ArrayList<>(t.foreignKeys()));
        }
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            foreignKeys.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d.foreignKey());
        }
        for (Table t : tables) {
            shapes.add(SeedTableShape.of(t, foreignKeys.get(t.name())));
        }
        counts = SeedRowCounts.of(shapes, position, kind);
        keys = new SeedValue[tables.size()][];
        for (int i = 0; i < tables.size(); i++) {
            keys[i] = keyValues(shapes.get(i), counts[i]);
        }
    }

    /** The rows of every table of {@code schema}, in its order. */
    static List<SeedRows> generate(Schema schema, SeedKind kind) {
        SeedGenerator g = new SeedGenerator(schema, kind);
        List<SeedRows> all = new ArrayList<>(g.shapes.size());
        for (int i = 0; i < g.shapes.size(); i++) {
            all.add(g.rowsOf(i));
        }
        return all;
    }

    /** Each table's position in the schema's order. */
    static Map<String, Integer> positions(Schema schema) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < schema.tables().size(); i++) {
            position.put(schema.tables().get(i).name(), i);
        }
        return position;
    }

    private SeedValue[] keyValues(SeedTableShape shape, int rows) {
        if (shape.key().isEmpty()) {
            return new SeedValue[0];
        }
        Column key = shape.key().get();
        String table = shape.table().name();
        SeedValue[] values = new SeedValue[rows];
        var random = SeedRandom.of(table, key.name());
        for (int row = 0; row < rows; row++) {
            values[row] = switch (key.type().kind()) {
                case UUID -> new SeedValue.Uuid(
                        kind == SeedKind.FIXTURES ? SeedFixtureValues.uuid(table, row) : SeedRandom.uuid(random));
                case TEXT, VARCHAR -> new SeedValue.Text(Integer.toString(row + 1));
                default -> SeedDistinctValues.value(key, List.of(), row);
            };
        }
        return values;
    }

    private SeedRows rowsOf(int index) {
        SeedTableShape shape = shapes.get(index);
        Table table = shape.table();
        int rows = counts[index];
        List<Column> columns = table.columns();
        SeedValue[][] byColumn = new SeedValue[columns.size()][];
        int[][] pairs = pairs(shape, rows);
        SeedValue[] createdAt = null;
        String entity = Inflection.singular(table.name());
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            String name = column.name();
            if (shape.key().map(k -> k.name().equals(name)).orElse(false)) {
                byColumn[c] = keys[index];
            } else if (shape.isPairColumn(name)) {
                int side = shape.pair().get().indexOf(name);
                byColumn[c] = keysOf(shape.references().get(name), shape, pairs[side]);
            } else if (shape.references().containsKey(name)) {
                byColumn[c] = reference(shape, index, column, rows);
            } else {
                SeedColumn seedColumn = SeedColumn.of(
                        table.name(), entity, column, shape.allowed().getOrDefault(name, List.of()), flavours);
                byColumn[c] =
                        SeedFieldColumn.generate(seedColumn, shape.unique().contains(name), rows, kind, createdAt);
                if (name.equals("created_at")) {
                    createdAt = byColumn[c];
                }
            }
        }
        List<List<SeedValue>> rowList = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            SeedValue[] values = new SeedValue[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = byColumn[c][row];
            }
            rowList.add(Arrays.asList(values));
        }
        Optional<String> identity = shape.hasIdentityKey() ? shape.key().map(Column::name) : Optional.empty();
        return new SeedRows(table.name(), columns.stream().map(Column::name).toList(), rowList, identity);
    }

    private int[][] pairs(SeedTableShape shape, int rows) {
        if (shape.pair().isEmpty()) {
            return null;
        }
        List<String> pair = shape.pair().get();
        int left = SeedRowCounts.parentOf(shape.references().get(pair.get(0)), shape, position);
        int right = SeedRowCounts.parentOf(shape.references().get(pair.get(1)), shape, position);
        var random = SeedRandom.of(shape.table().name(), pair.get(0) + "," + pair.get(1));
        return SeedPairs.choose(kind, rows, counts[left], counts[right], left == right, random);
    }

    private SeedValue[] reference(SeedTableShape shape, int index, Column column, int rows) {
        ForeignKey fk = shape.references().get(column.name());
        int parent = SeedRowCounts.parentOf(fk, shape, position);
        int[] chosen = SeedReferences.choose(
                kind,
                rows,
                counts[parent],
                shape.unique().contains(column.name()),
                parent == index,
                !column.notNull(),
                SeedRandom.of(shape.table().name(), column.name()));
        return keysOf(fk, shape, chosen);
    }

    /** The parent's key values of the chosen parent rows, NULL for -1. */
    private SeedValue[] keysOf(ForeignKey fk, SeedTableShape shape, int[] parentRows) {
        int parent = SeedRowCounts.parentOf(fk, shape, position);
        SeedTableShape parentShape = shapes.get(parent);
        if (parentShape.key().map(k -> !k.name().equals(fk.refColumn())).orElse(true)) {
            throw new IllegalArgumentException(
                    "Cannot seed " + shape.table().name() + "." + fk.column() + ": it references " + fk.refTable() + "."
                            + fk.refColumn() + ", which is not that table's single-column key.");
        }
        SeedValue[] values = new SeedValue[parentRows.length];
        for (int row = 0; row < parentRows.length; row++) {
            values[row] = parentRows[row] < 0 ? SeedValue.NULL : keys[parent][parentRows[row]];
        }
        return values;
    }
}
