package dev.kei.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What seeding needs to know about a table beyond its columns: which columns must hold distinct values, which pair
 * of references is its composite key (a junction table's), its identity key, and the values a CHECK allows.
 *
 * @param table the table
 * @param unique columns whose values must differ row to row (a composite UNIQUE counts through its first column:
 *     distinct values there make the whole tuple distinct)
 * @param pair the two reference columns of a composite primary key, whose (left, right) pairs must be distinct
 * @param key the single-column primary key, if the table has one
 * @param allowed for enum columns, the values their CHECK allows
 * @param references the foreign key of each reference column
 * @param columns every column by name
 */
record SeedTableShape(
        Table table,
        Set<String> unique,
        Optional<List<String>> pair,
        Optional<Column> key,
        Map<String, List<String>> allowed,
        Map<String, ForeignKey> references,
        Map<String, Column> columns) {

    /** The shape of {@code table}, given all of the schema's foreign keys of it (deferred ones included). */
    static SeedTableShape of(Table table, List<ForeignKey> foreignKeys) {
        Map<String, ForeignKey> references = new HashMap<>();
        for (ForeignKey fk : foreignKeys) {
            references.put(fk.column(), fk);
        }
        Set<String> unique = new HashSet<>();
        Map<String, List<String>> allowed = new HashMap<>();
        Map<String, Column> columns = new HashMap<>();
        for (Column c : table.columns()) {
            columns.put(c.name(), c);
            if (!c.type().enumValues().isEmpty()) {
                allowed.put(c.name(), c.type().enumValues());
            }
        }
        for (Constraint c : table.constraints()) {
            if (c instanceof Constraint.Unique u) {
                unique.add(u.columns().get(0));
            } else if (c instanceof Constraint.AllowedValues a) {
                allowed.put(a.column(), a.values());
            }
        }
        List<String> pk = table.primaryKey().columns();
        Optional<List<String>> pair = Optional.empty();
        Optional<Column> key = Optional.empty();
        if (pk.size() == 1) {
            key = Optional.ofNullable(columns.get(pk.get(0)));
        } else if (pk.size() == 2 && references.containsKey(pk.get(0)) && references.containsKey(pk.get(1))) {
            pair = Optional.of(pk);
        } else {
            unique.add(pk.get(0));
        }
        return new SeedTableShape(
                table, Set.copyOf(unique), pair, key, Map.copyOf(allowed), Map.copyOf(references), Map.copyOf(columns));
    }

    /** Whether the key is an integer the database generates: the seed writes ids 1..n into it explicitly. */
    boolean hasIdentityKey() {
        return key.map(k -> switch (k.type().kind()) {
                    case BIGINT, INT, SMALLINT -> true;
                    default -> false;
                })
                .orElse(false);
    }

    boolean isPairColumn(String column) {
        return pair.map(p -> p.contains(column)).orElse(false);
    }
}
