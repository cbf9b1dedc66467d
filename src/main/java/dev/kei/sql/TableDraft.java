package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.SqlDefault;
import dev.kei.schema.Field;
import dev.kei.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table while {@link SchemaDesigner} collects its references and fields; {@link #build} names everything. */
final class TableDraft {
    private final String name;
    private final boolean junction;
    private final Map<String, Reference> references = new LinkedHashMap<>();
    private final List<Field> fields = new ArrayList<>();

    private record Reference(String refTable, boolean notNull, boolean unique, ForeignKey.OnDelete onDelete) {}

    TableDraft(String name, boolean junction) {
        this.name = name;
        this.junction = junction;
    }

    boolean hasReference(String column) {
        return references.containsKey(column);
    }

    void reference(String column, String refTable, boolean notNull, boolean unique, ForeignKey.OnDelete onDelete) {
        references.put(column, new Reference(refTable, notNull, unique, onDelete));
    }

    void field(Field field) {
        fields.add(field);
    }

    Table build(Design design, Identifiers names) {
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        ColumnType keyType =
                ColumnType.of(design.keys() == Design.Keys.UUID ? ColumnType.Kind.UUID : ColumnType.Kind.BIGINT);
        Constraint.PrimaryKey pk;
        if (junction) {
            pk = new Constraint.PrimaryKey(names.unique(name + "_pkey"), List.copyOf(references.keySet()));
        } else {
            Optional<SqlDefault> keyDefault =
                    design.keys() == Design.Keys.UUID ? Optional.of(new SqlDefault.RandomUuid()) : Optional.empty();
            columns.add(new Column("id", keyType, true, keyDefault, Column.Role.KEY));
            pk = new Constraint.PrimaryKey(names.unique(name + "_pkey"), List.of("id"));
        }
        for (Map.Entry<String, Reference> e : references.entrySet()) {
            String column = e.getKey();
            Reference ref = e.getValue();
            columns.add(new Column(column, keyType, ref.notNull(), Optional.empty(), Column.Role.REFERENCE));
            foreignKeys.add(new ForeignKey(
                    names.unique("fk_" + name + "_" + column), column, ref.refTable(), "id", ref.onDelete()));
            if (ref.unique()) {
                constraints.add(new Constraint.Unique(names.unique("uq_" + name + "_" + column), List.of(column)));
            } else if (!pk.columns().get(0).equals(column)) {
                indexes.add(new Index(names.unique("idx_" + name + "_" + column), List.of(column)));
            }
        }
        for (Field f : fields) {
            columns.add(new Column(
                    f.name(),
                    type(f.type()),
                    f.notNull(),
                    f.defaultValue().map(SchemaDesigner::defaultOf),
                    Column.Role.FIELD));
            if (f.unique()) {
                constraints.add(new Constraint.Unique(names.unique("uq_" + name + "_" + f.name()), List.of(f.name())));
            } else if (f.indexed()) {
                indexes.add(new Index(names.unique("idx_" + name + "_" + f.name()), List.of(f.name())));
            }
            if (f.type().kind() == FieldType.Kind.ENUM) {
                constraints.add(new Constraint.AllowedValues(
                        names.unique("ck_" + name + "_" + f.name()),
                        f.name(),
                        f.type().enumValues()));
            }
        }
        timestamps(design, columns);
        return new Table(name, columns, pk, constraints, foreignKeys, indexes, junction);
    }

    private void timestamps(Design design, List<Column> columns) {
        List<String> wanted =
                switch (design.timestamps()) {
                    case CREATED_AND_UPDATED -> junction ? List.of("created_at") : List.of("created_at", "updated_at");
                    case CREATED -> List.of("created_at");
                    case NONE -> List.of();
                };
        for (String column : wanted) {
            if (fields.stream().noneMatch(f -> f.name().equals(column))) {
                columns.add(new Column(
                        column,
                        ColumnType.of(ColumnType.Kind.TIMESTAMPTZ),
                        true,
                        Optional.of(new SqlDefault.Now()),
                        Column.Role.TIMESTAMP));
            }
        }
    }

    static ColumnType type(FieldType t) {
        return new ColumnType(
                ColumnType.Kind.valueOf(t.kind().name()), t.length(), t.precision(), t.scale(), t.enumValues());
    }
}
