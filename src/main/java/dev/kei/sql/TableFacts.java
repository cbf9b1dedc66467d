package dev.kei.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the documentation needs to know about each column of a table at once: its foreign key, whether it is unique,
 * the values an enum allows. {@code foreignKeys} includes the table's deferred ones.
 */
record TableFacts(
        Table table,
        List<ForeignKey> foreignKeys,
        Map<String, ForeignKey> foreignKeyOf,
        Set<String> unique,
        Map<String, List<String>> allowed) {

    static TableFacts of(Table t, List<ForeignKey> foreignKeys) {
        Map<String, ForeignKey> fkOf = new HashMap<>();
        for (ForeignKey fk : foreignKeys) {
            fkOf.put(fk.column(), fk);
        }
        Set<String> unique = new HashSet<>();
        Map<String, List<String>> allowed = new HashMap<>();
        for (Constraint c : t.constraints()) {
            if (c instanceof Constraint.Unique u) {
                unique.addAll(u.columns());
            } else if (c instanceof Constraint.AllowedValues a) {
                allowed.put(a.column(), a.values());
            }
        }
        return new TableFacts(t, foreignKeys, fkOf, unique, allowed);
    }

    /** Every table's foreign keys, the deferred ones of reference cycles included, by table name. */
    static Map<String, List<ForeignKey>> foreignKeysByTable(Schema schema) {
        Map<String, List<ForeignKey>> out = new HashMap<>();
        for (Table t : schema.tables()) {
            out.put(t.name(), new java.util.ArrayList<>(t.foreignKeys()));
        }
        for (Schema.Deferred fk : schema.deferredForeignKeys()) {
            out.get(fk.table()).add(fk.foreignKey());
        }
        return out;
    }

    boolean inPrimaryKey(String column) {
        return table.primaryKey().columns().contains(column);
    }

    /** Whether the column alone is unique: a reference that makes a one-to-one relation. */
    boolean uniqueAlone(String column) {
        for (Constraint c : table.constraints()) {
            if (c instanceof Constraint.Unique u && u.columns().equals(List.of(column))) {
                return true;
            }
        }
        return false;
    }
}
