package dev.kei.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders tables so every table comes after the tables it references (the order CREATE TABLE needs; reversed,
 * the order a down file drops them in). Tables that reference each other cannot all come first: the foreign keys
 * that point at a table not yet created are deferred to ALTER TABLE after all tables exist. Deterministic: among
 * tables that are ready, the one declared first goes first. Kahn's algorithm, O(n log n + edges).
 */
final class DependencyOrder {
    private DependencyOrder() {}

    static Schema of(List<Table> tables) {
        int n = tables.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(tables.get(i).name(), i);
        }
        int[] waiting = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (ForeignKey fk : tables.get(i).foreignKeys()) {
                Integer ref = index.get(fk.refTable());
                if (ref != null && ref != i) {
                    waiting[i]++;
                    dependents.get(ref).add(i);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] created = new boolean[n];
        List<Table> ordered = new ArrayList<>(n);
        List<Schema.Deferred> deferred = new ArrayList<>();
        int lowestPending = 0;
        while (ordered.size() < n) {
            Table next;
            int i;
            if (!ready.isEmpty()) {
                i = ready.poll();
                next = tables.get(i);
            } else {
                // a cycle: create the first table declared, and add its forward references once all exist
                while (created[lowestPending]) {
                    lowestPending++;
                }
                i = lowestPending;
                next = breakCycle(tables.get(i), index, created, deferred);
            }
            if (created[i]) {
                continue;
            }
            created[i] = true;
            ordered.add(next);
            for (int d : dependents.get(i)) {
                if (--waiting[d] == 0 && !created[d]) {
                    ready.add(d);
                }
            }
        }
        return new Schema(ordered, deferred);
    }

    private static Table breakCycle(
            Table table, Map<String, Integer> index, boolean[] created, List<Schema.Deferred> deferred) {
        List<ForeignKey> inline = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            Integer ref = index.get(fk.refTable());
            if (ref == null || created[ref] || fk.refTable().equals(table.name())) {
                inline.add(fk);
            } else {
                deferred.add(new Schema.Deferred(table.name(), fk));
            }
        }
        return new Table(
                table.name(),
                table.columns(),
                table.primaryKey(),
                table.constraints(),
                inline,
                table.indexes(),
                table.junction());
    }
}
