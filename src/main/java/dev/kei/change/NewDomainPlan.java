package dev.kei.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 002's {@code migration_type: new_domain}: one new table, its key from the fields marked PRIMARY KEY (none is
 * invented: a plan without one is refused), its indexes and foreign keys inside the {@link Change.AddTable}.
 */
final class NewDomainPlan {
    private static final String FIELD_EXAMPLE = "- {name: 'id', type: 'UUID', constraints: ['PRIMARY KEY']}";

    private NewDomainPlan() {}

    static Change.AddTable read(PlanNode.Mapping plan) throws PlanException {
        PlanKeys.check(plan, "a new_domain plan", PlanKeys.NEW_DOMAIN, "table_name", "fields");
        PlanNode domain = PlanKeys.get(plan, "domain_name");
        if (domain != null) {
            PlanKeys.name(domain, "domain_name");
        }
        String table = PlanKeys.name(PlanKeys.get(plan, "table_name"), "table_name");
        Map<String, PlanNode> fieldNodes = new LinkedHashMap<>();
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        List<String> key = new ArrayList<>();
        List<Change.AddRelation> relations = new ArrayList<>();
        for (PlanNode node : PlanKeys.list(PlanKeys.get(plan, "fields"), "fields", FIELD_EXAMPLE)) {
            PlanNode.Mapping field = PlanKeys.mapping(node, "a field", FIELD_EXAMPLE);
            PlanKeys.check(field, "a field", PlanKeys.FIELD, "name", "type");
            String name = PlanKeys.name(PlanKeys.get(field, "name"), "field name");
            if (columns.containsKey(name)) {
                throw new PlanException(
                        field.where(),
                        "the field " + name + " is listed twice (first at line "
                                + fieldNodes.get(name).where().line() + "). List each field once.");
            }
            SqlType type = PlanKeys.type(PlanKeys.get(field, "type"), "the type of " + name);
            PlanNode written = PlanKeys.get(field, "constraints");
            PlanConstraints c = written == null
                    ? new PlanConstraints(false, null, null, false, false, null)
                    : PlanConstraints.read(written, PlanConstraints.Place.FIELD, "the constraints of " + name);
            if (c.primaryKey()) {
                key.add(name);
            }
            if (c.references() != null) {
                relations.add(PlanEntries.relation(table, name, c.references(), null));
            }
            fieldNodes.put(name, field);
            columns.put(
                    name,
                    new ColumnSpec(
                            name,
                            type,
                            c.primaryKey() || Boolean.TRUE.equals(c.notNull()),
                            c.defaultValue(),
                            c.unique(),
                            null));
        }
        if (key.isEmpty()) {
            throw new PlanException(
                    PlanKeys.get(plan, "fields").where(),
                    "the table " + table + " has no key: no field says"
                            + " 'PRIMARY KEY'. Add it to the key field's constraints, e.g. " + FIELD_EXAMPLE + ".");
        }
        List<Change.AddIndex> indexes = new ArrayList<>();
        PlanNode indexList = PlanKeys.get(plan, "indexes");
        if (indexList != null) {
            for (PlanNode node : PlanKeys.list(indexList, "indexes", PlanEntries.INDEX_EXAMPLE)) {
                Change.AddIndex index = PlanEntries.index(node, table, "an index");
                knownColumns(node, index.columns(), columns.keySet(), table);
                for (Change.AddIndex other : indexes) {
                    if (other.name().equals(index.name())) {
                        throw new PlanException(
                                node.where(),
                                "two indexes are named " + index.name() + ". Give one a name: name: '...'.");
                    }
                }
                indexes.add(index);
            }
        }
        PlanNode keyList = PlanKeys.get(plan, "foreign_keys");
        if (keyList != null) {
            for (PlanNode node : PlanKeys.list(keyList, "foreign_keys", PlanEntries.FOREIGN_KEY_EXAMPLE)) {
                Change.AddRelation relation = PlanEntries.foreignKey(node, table, "a foreign key");
                knownColumns(node, relation.columns(), columns.keySet(), table);
                for (Change.AddRelation other : relations) {
                    if (other.columns().equals(relation.columns())) {
                        throw new PlanException(
                                node.where(),
                                "the field " + relation.columns().get(0)
                                        + " already references " + other.refTable()
                                        + ". Write its relation once: in its"
                                        + " constraints or under foreign_keys.");
                    }
                }
                relations.add(relation);
            }
        }
        // Seed 002's UNIQUE field with a unique index on it is one uniqueness (its SQL builds only the index).
        List<ColumnSpec> specs = new ArrayList<>();
        for (ColumnSpec spec : columns.values()) {
            boolean indexed =
                    indexes.stream().anyMatch(i -> i.unique() && i.columns().equals(List.of(spec.name())));
            specs.add(
                    spec.unique() && indexed
                            ? new ColumnSpec(spec.name(), spec.type(), spec.notNull(), spec.defaultValue(), false, null)
                            : spec);
        }
        return new Change.AddTable(table, specs, key, indexes, relations);
    }

    private static void knownColumns(PlanNode node, List<String> used, java.util.Set<String> known, String table)
            throws PlanException {
        for (String column : used) {
            if (!known.contains(column)) {
                throw new PlanException(
                        node.where(),
                        "the table " + table + " has no field " + column + "."
                                + dev.kei.spelling.DidYouMean.hint(column, known) + " Name one of its fields: "
                                + String.join(", ", known) + ".");
            }
        }
    }
}
