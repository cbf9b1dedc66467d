package dev.kei.sql;

import dev.kei.db.SqlDefault;
import dev.kei.schema.Cardinality;
import dev.kei.schema.DefaultValue;
import dev.kei.schema.Entity;
import dev.kei.schema.Field;
import dev.kei.schema.FieldType;
import dev.kei.schema.Inflection;
import dev.kei.schema.Relation;
import dev.kei.schema.SchemaDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft (entities and relations, as the person accepted them) and the phase-1 design into tables: keys,
 * reference columns with their foreign keys and indexes, junction tables, standard columns, tenancy, explicit
 * names for every constraint and index, all within 63 bytes. The rules are those of db-naming.md and
 * db-keys-and-indexes.md:
 *
 * <ul>
 *   <li>{@code a 1-* b}: {@code b.<a singular>_id}, NOT NULL, ON DELETE RESTRICT, indexed;
 *   <li>{@code a 1-1 b}: the same column, UNIQUE (its index), ON DELETE CASCADE (b belongs to a);
 *   <li>{@code a 1-* a}: {@code parent_<a singular>_id}, nullable (roots have none), ON DELETE SET NULL;
 *   <li>{@code a *-* b}: a junction table {@code a_b} with both keys as a composite primary key, ON DELETE
 *       CASCADE on both, the second column indexed (the primary key's index leads with the first);
 *   <li>with a Growing or Large scale, the tables that will be large also get indexes on their status columns and
 *       {@code created_at} ({@code LargeTableIndexes} says which tables, and why).
 * </ul>
 */
public final class SchemaDesigner {
    private final Design design;

    public SchemaDesigner(Design design) {
        this.design = design;
    }

    public Schema design(SchemaDraft draft) throws DesignException {
        Map<String, String> tableOf = tableNames(draft);
        List<Relation> relations = new ArrayList<>(draft.relations());
        List<Entity> entities = new ArrayList<>(draft.entities());
        Optional<String> tenantTable = design.tenancy() == Design.Tenancy.COLUMN
                ? Optional.of(addTenancy(entities, relations, tableOf))
                : Optional.empty();
        Identifiers names = new Identifiers();
        for (String table : tableOf.values()) {
            names.unique(table);
        }
        Map<String, TableDraft> tables = new LinkedHashMap<>();
        for (Entity e : entities) {
            tables.put(e.name(), new TableDraft(tableOf.get(e.name()), false));
        }
        for (Relation r : relations) {
            reference(r, tables, tableOf, names);
        }
        for (Entity e : entities) {
            fields(e, tables.get(e.name()), names);
        }
        List<TableDraft> all = new ArrayList<>(tables.values());
        for (Relation r : relations) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                all.add(junction(r, tableOf, names));
            }
        }
        LargeTableIndexes scaleIndexes = new LargeTableIndexes(design, tenantTable);
        List<Table> built = new ArrayList<>();
        for (TableDraft t : all) {
            built.add(scaleIndexes.addTo(t.build(design, names), names));
        }
        return DependencyOrder.of(built);
    }

    private Map<String, String> tableNames(SchemaDraft draft) throws DesignException {
        Map<String, String> tableOf = new LinkedHashMap<>();
        Map<String, String> entityOf = new HashMap<>();
        for (Entity e : draft.entities()) {
            String table = design.naming() == Design.Naming.PLURAL
                    ? Inflection.plural(e.name())
                    : Inflection.singular(e.name());
            String other = entityOf.putIfAbsent(table, e.name());
            if (other != null) {
                throw new DesignException("The entities " + other + " and " + e.name() + " would both become table "
                        + table + "; rename one of them.");
            }
            tableOf.put(e.name(), table);
        }
        return tableOf;
    }

    /** Adds the tenants entity (unless the draft has one) and its relation to every other; returns its table. */
    private String addTenancy(List<Entity> entities, List<Relation> relations, Map<String, String> tableOf) {
        String tenants = "tenants";
        if (!tableOf.containsKey(tenants) && !tableOf.containsKey("tenant")) {
            entities.add(
                    0,
                    new Entity(
                            tenants,
                            List.of(new Field(
                                    "name", FieldType.of(FieldType.Kind.TEXT), true, false, false, Optional.empty()))));
            tableOf.put(tenants, design.naming() == Design.Naming.PLURAL ? "tenants" : "tenant");
        } else if (!tableOf.containsKey(tenants)) {
            tenants = "tenant";
        }
        for (Entity e : List.copyOf(entities)) {
            if (!e.name().equals(tenants)) {
                relations.add(new Relation(tenants, Cardinality.ONE_TO_MANY, e.name()));
            }
        }
        return tableOf.get(tenants);
    }

    private void reference(Relation r, Map<String, TableDraft> tables, Map<String, String> tableOf, Identifiers names)
            throws DesignException {
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            return;
        }
        String parent = tableOf.get(r.left());
        TableDraft child = tables.get(r.right());
        boolean self = r.left().equals(r.right());
        String column = Identifiers.fit((self ? "parent_" : "") + Inflection.singular(parent) + "_id");
        if (child.hasReference(column)) {
            return; // the same relation written twice
        }
        ForeignKey.OnDelete onDelete = self
                ? ForeignKey.OnDelete.SET_NULL
                : r.cardinality() == Cardinality.ONE_TO_ONE
                        ? ForeignKey.OnDelete.CASCADE
                        : ForeignKey.OnDelete.RESTRICT;
        child.reference(column, parent, !self, r.cardinality() == Cardinality.ONE_TO_ONE, onDelete);
    }

    private void fields(Entity e, TableDraft table, Identifiers names) throws DesignException {
        for (Field f : e.fields()) {
            if (f.name().equals("id")) {
                throw new DesignException("Entity " + e.name() + " declares a field id; every table gets its key"
                        + " from the key style, so leave id out.");
            }
            if (table.hasReference(f.name())) {
                throw new DesignException("Entity " + e.name() + " declares " + f.name() + ", which its relation"
                        + " already adds as a reference; leave the field out.");
            }
            table.field(f);
        }
    }

    private TableDraft junction(Relation r, Map<String, String> tableOf, Identifiers names) {
        String left = tableOf.get(r.left());
        String right = tableOf.get(r.right());
        TableDraft j = new TableDraft(names.unique(left + "_" + right), true);
        String leftColumn = Identifiers.fit(Inflection.singular(left) + "_id");
        String rightColumn =
                Identifiers.fit((r.left().equals(r.right()) ? "related_" : "") + Inflection.singular(right) + "_id");
        j.reference(leftColumn, left, true, false, ForeignKey.OnDelete.CASCADE);
        j.reference(rightColumn, right, true, false, ForeignKey.OnDelete.CASCADE);
        return j;
    }

    /** Converts the schema text's default into the portable SQL form. */
    static SqlDefault defaultOf(DefaultValue value) {
        if (value instanceof DefaultValue.NumberLiteral n) {
            return new SqlDefault.Number(n.value());
        } else if (value instanceof DefaultValue.StringLiteral t) {
            return new SqlDefault.Text(t.value());
        } else if (value instanceof DefaultValue.BooleanLiteral b) {
            return new SqlDefault.Bool(b.value());
        } else if (value instanceof DefaultValue.FunctionCall f) {
            return f.function() == DefaultValue.DefaultFunction.NOW
                    ? new SqlDefault.Now()
                    : new SqlDefault.RandomUuid();
        }
        return new SqlDefault.Null();
    }
}
