package dev.kei.orm;

import dev.kei.schema.Inflection;
import dev.kei.sql.Column;
import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python side of a schema: each table's class, each column's attribute, and the two relationship attributes of
 * every foreign key (the reference on the referencing class, the collection, or the one row of a one-to-one, on the
 * referenced class). Names are given in schema order, columns before relationships, so the same schema always maps
 * the same way.
 */
final class SqlAlchemyMapping {
    private final Map<String, String> classes = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, List<SqlAlchemyRelationship>> relationships = new HashMap<>();
    private final Map<String, Set<String>> taken = new HashMap<>();

    SqlAlchemyMapping(Schema schema) {
        Set<String> classNames = SqlAlchemyNames.newScope();
        for (Table t : schema.tables()) {
            classes.put(t.name(), SqlAlchemyNames.className(t.name(), classNames));
            Set<String> scope = SqlAlchemyNames.newScope();
            taken.put(t.name(), scope);
            Map<String, String> columns = new LinkedHashMap<>();
            for (Column c : t.columns()) {
                columns.put(c.name(), SqlAlchemyNames.attribute(c.name(), scope));
            }
            attributes.put(t.name(), columns);
            relationships.put(t.name(), new ArrayList<>());
        }
        for (Table t : schema.tables()) {
            for (ForeignKey fk : foreignKeys(schema, t)) {
                relate(schema, t, fk);
            }
        }
    }

    /** Every foreign key of {@code t}: those created with it and those added once every table exists. */
    static List<ForeignKey> foreignKeys(Schema schema, Table t) {
        List<ForeignKey> out = new ArrayList<>(t.foreignKeys());
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            if (d.table().equals(t.name())) {
                out.add(d.foreignKey());
            }
        }
        return out;
    }

    String className(String table) {
        return classes.get(table);
    }

    String attribute(String table, String column) {
        return attributes.get(table).get(column);
    }

    List<SqlAlchemyRelationship> relationships(String table) {
        return relationships.get(table);
    }

    private void relate(Schema schema, Table child, ForeignKey fk) {
        Table parent = schema.table(fk.refTable())
                .orElseThrow(() -> new IllegalArgumentException("Foreign key " + fk.name() + " of " + child.name()
                        + " references table " + fk.refTable() + ", which the schema does not have."));
        String column = fk.column();
        String reference = SqlAlchemyNames.attribute(
                column.endsWith("_id") && column.length() > 3
                        ? column.substring(0, column.length() - 3)
                        : column + "_ref",
                taken.get(child.name()));
        boolean oneToOne = uniqueOn(child, column);
        String wanted = oneToOne ? Inflection.singular(child.name()) : SqlAlchemyNames.collection(child.name());
        Set<String> parentScope = taken.get(parent.name());
        String back = parentScope.contains(wanted) || reserved(wanted)
                ? SqlAlchemyNames.attribute(wanted + "_by_" + reference, parentScope)
                : SqlAlchemyNames.attribute(wanted, parentScope);
        String childClass = classes.get(child.name());
        String parentClass = classes.get(parent.name());
        String fkAttribute = attribute(child.name(), column);
        boolean nullable = child.column(column).map(c -> !c.notNull()).orElse(true);
        boolean self = child.name().equals(parent.name());
        String remote = self ? "[" + attribute(parent.name(), fk.refColumn()) + "]" : null;
        relationships
                .get(child.name())
                .add(new SqlAlchemyRelationship(
                        reference,
                        parentClass,
                        nullable ? "Optional[\"" + parentClass + "\"]" : "\"" + parentClass + "\"",
                        back,
                        "[" + fkAttribute + "]",
                        remote));
        relationships
                .get(parent.name())
                .add(new SqlAlchemyRelationship(
                        back,
                        childClass,
                        oneToOne ? "Optional[\"" + childClass + "\"]" : "list[\"" + childClass + "\"]",
                        reference,
                        self ? "[" + fkAttribute + "]" : SqlAlchemyPython.string(childClass + "." + fkAttribute),
                        null));
    }

    /** A name Python or SQLAlchemy reserves: the collection takes the "_by_" form rather than a trailing "_". */
    private static boolean reserved(String name) {
        return !SqlAlchemyNames.attribute(name, SqlAlchemyNames.newScope()).equals(name);
    }

    private static boolean uniqueOn(Table t, String column) {
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u && u.columns().equals(List.of(column))) {
                return true;
            }
        }
        return false;
    }
}
