package dev.kei.sql;

import dev.kei.db.ColumnType;
import dev.kei.db.Database;
import dev.kei.db.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Words to try as table and column names: every dialect's reserved words and names people pick that clash. */
final class HostileWords {
    private static final Set<String> EVERYDAY = Set.of(
            "user",
            "users",
            "order",
            "orders",
            "group",
            "groups",
            "key",
            "keys",
            "value",
            "values",
            "name",
            "type",
            "status",
            "date",
            "time",
            "timestamp",
            "text",
            "year",
            "month",
            "position",
            "session",
            "role",
            "rank",
            "level",
            "comment",
            "index",
            "check",
            "table",
            "column",
            "select",
            "from",
            "where",
            "end",
            "class",
            "condition",
            "interval",
            "range",
            "row",
            "rows",
            "window",
            "offset",
            "limit",
            "system",
            "admin");

    private HostileWords() {}

    /** Plain lower snake_case words only: those are the names schema text lets through. */
    static Set<String> all() {
        Set<String> words = new TreeSet<>(EVERYDAY);
        for (Dialect d : Database.dialects()) {
            words.addAll(d.reservedWords());
        }
        words.removeIf(w -> !w.matches("[a-z][a-z0-9_]*"));
        return words;
    }

    /** The names {@link #statements} gives each word's index (and primary key): {@code prefix + word}. */
    static Set<String> prefixed(String prefix, Collection<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) {
            out.add(prefix + w);
        }
        return out;
    }

    /** For each word: a table and a column of that name, an index on the column, a query of both. */
    static List<String> statements(Dialect d, Collection<String> words) {
        String type = d.typeOf(ColumnType.of(ColumnType.Kind.INT));
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String q = d.quote(w);
            out.add("CREATE TABLE " + q + " (" + q + " " + type + " NOT NULL, CONSTRAINT " + d.quote("pk_" + w)
                    + " PRIMARY KEY (" + q + "))");
            out.add("CREATE INDEX " + d.quote("idx_" + w) + " ON " + q + " (" + q + ")");
            out.add("SELECT " + q + " FROM " + q + " WHERE " + q + " = 1");
        }
        return out;
    }
}
