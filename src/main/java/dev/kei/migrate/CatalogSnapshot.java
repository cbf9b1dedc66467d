package dev.kei.migrate;

import dev.kei.db.MigrationRuntime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a schema holds, as sorted lines (on PostgreSQL tables, columns, constraints, indexes, sequences, enum types,
 * views; on SQLite its tables and their DDL), so two states of a database compare line by line. kei-migrate's own
 * tables (the history, the backfill checkpoints) are left out.
 */
public record CatalogSnapshot(List<String> lines) {

    public static CatalogSnapshot of(Connection c, MigrationRuntime runtime) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Statement s = c.createStatement()) {
            for (String q : runtime.catalogue()) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (line != null && !bookkeeping(line)) {
                            lines.add(line);
                        }
                    }
                }
            }
        }
        return new CatalogSnapshot(List.copyOf(lines));
    }

    private static boolean bookkeeping(String line) {
        return line.contains(HistoryTable.NAME) || line.contains(BackfillCheckpoint.NAME);
    }

    /** The tables, by name. */
    public List<String> tables() {
        return lines.stream()
                .filter(l -> l.startsWith("table "))
                .map(l -> l.substring("table ".length()))
                .toList();
    }

    /** The lines only one side has, marked {@code -} (only here) and {@code +} (only in {@code other}). */
    public List<String> differences(CatalogSnapshot other) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!other.lines.contains(l)) {
                out.add("- " + l);
            }
        }
        for (String l : other.lines) {
            if (!lines.contains(l)) {
                out.add("+ " + l);
            }
        }
        return out;
    }
}
