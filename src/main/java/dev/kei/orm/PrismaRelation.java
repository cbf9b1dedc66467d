package dev.kei.orm;

import dev.kei.sql.Constraint;
import dev.kei.sql.ForeignKey;
import dev.kei.sql.Schema;
import dev.kei.sql.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One foreign key as Prisma sees it: a relation field on the referencing model and its opposite on the referenced
 * one. One-to-one when the referencing column alone is unique (kei's {@code a 1-1 b}).
 *
 * @param table the referencing table
 * @param foreignKey the key
 * @param oneToOne whether the referencing column is unique by itself
 * @param named whether Prisma needs the relation's name: a self-relation, or more than one relation between the two
 *     models; the name is the constraint's
 */
record PrismaRelation(Table table, ForeignKey foreignKey, boolean oneToOne, boolean named) {

    /** Every foreign key of the schema, those of reference cycles included, in creation order. */
    static List<PrismaRelation> of(Schema schema) {
        List<Table> owners = new ArrayList<>();
        List<ForeignKey> keys = new ArrayList<>();
        for (Table t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                owners.add(t);
                keys.add(fk);
            }
        }
        for (Schema.Deferred d : schema.deferredForeignKeys()) {
            owners.add(schema.table(d.table()).orElseThrow());
            keys.add(d.foreignKey());
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            pairs.merge(pair(owners.get(i).name(), keys.get(i).refTable()), 1, Integer::sum);
        }
        List<PrismaRelation> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Table t = owners.get(i);
            ForeignKey fk = keys.get(i);
            boolean self = t.name().equals(fk.refTable());
            out.add(new PrismaRelation(
                    t, fk, unique(t, fk.column()), self || pairs.get(pair(t.name(), fk.refTable())) > 1));
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private static boolean unique(Table t, String column) {
        return t.constraints().stream()
                .anyMatch(c -> c instanceof Constraint.Unique u && u.columns().equals(List.of(column)));
    }

    /** Prisma's referential action for the key's ON DELETE. */
    String onDelete() {
        return switch (foreignKey.onDelete()) {
            case NO_ACTION -> "NoAction";
            case CASCADE -> "Cascade";
            case RESTRICT -> "Restrict";
            case SET_NULL -> "SetNull";
        };
    }
}
