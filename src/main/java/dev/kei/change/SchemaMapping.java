package dev.kei.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which table and column of the current schema each of the target's is: the same name, or the one a rename answer
 * says it was. What has no counterpart is dropped (current side) or added (target side).
 *
 * @param tables target table to current table, for the tables both have
 * @param columns target table to (target column to current column), for the tables both have
 */
record SchemaMapping(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    /** The mapping the answers given so far make (an undecided candidate counts as not renamed). */
    static SchemaMapping of(LiveSchema current, LiveSchema target, RenameAnswers answers) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String t : target.tables().keySet()) {
            if (current.tables().containsKey(t)) {
                tables.put(t, t);
            }
        }
        for (Map.Entry<String, Boolean> e : answers.byKey().entrySet()) {
            String key = e.getKey();
            if (e.getValue() && key.startsWith("table ")) {
                String[] pair = key.substring("table ".length()).split(">", 2);
                if (current.tables().containsKey(pair[0])
                        && target.tables().containsKey(pair[1])
                        && !target.tables().containsKey(pair[0])
                        && !current.tables().containsKey(pair[1])) {
                    tables.put(pair[1], pair[0]);
                }
            }
        }
        Map<String, Map<String, String>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : tables.entrySet()) {
            LiveTable cur = current.tables().get(t.getValue());
            LiveTable tgt = target.tables().get(t.getKey());
            Map<String, String> cols = new LinkedHashMap<>();
            for (LiveColumn c : tgt.columns()) {
                if (cur.column(c.name()).isPresent()) {
                    cols.put(c.name(), c.name());
                }
            }
            String prefix = "column " + t.getKey() + ":";
            for (Map.Entry<String, Boolean> e : answers.byKey().entrySet()) {
                if (e.getValue() && e.getKey().startsWith(prefix)) {
                    String[] pair = e.getKey().substring(prefix.length()).split(">", 2);
                    if (cur.column(pair[0]).isPresent()
                            && tgt.column(pair[1]).isPresent()
                            && tgt.column(pair[0]).isEmpty()
                            && cur.column(pair[1]).isEmpty()) {
                        cols.put(pair[1], pair[0]);
                    }
                }
            }
            columns.put(t.getKey(), cols);
        }
        return new SchemaMapping(tables, columns);
    }

    Optional<String> currentTable(String targetTable) {
        return Optional.ofNullable(tables.get(targetTable));
    }

    Optional<String> targetTable(String currentTable) {
        return tables.entrySet().stream()
                .filter(e -> e.getValue().equals(currentTable))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    Optional<String> currentColumn(String targetTable, String targetColumn) {
        return Optional.ofNullable(columns.getOrDefault(targetTable, Map.of()).get(targetColumn));
    }

    /** The target's name of column {@code column} of current table {@code currentTable}, if both are kept. */
    Optional<String> targetColumn(String currentTable, String column) {
        return targetTable(currentTable).flatMap(t -> columns.get(t).entrySet().stream()
                .filter(e -> e.getValue().equals(column))
                .map(Map.Entry::getKey)
                .findFirst());
    }

    /** The current tables with no counterpart in the target, by name. */
    List<String> droppedTables(LiveSchema current) {
        List<String> out = new ArrayList<>();
        for (String t : current.tables().keySet()) {
            if (!tables.containsValue(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The target tables with no counterpart in the current schema, by name. */
    List<String> addedTables(LiveSchema target) {
        return target.tables().keySet().stream()
                .filter(t -> !tables.containsKey(t))
                .toList();
    }
}
