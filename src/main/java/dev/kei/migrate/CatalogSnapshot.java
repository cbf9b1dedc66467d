package dev.kei.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a PostgreSQL schema holds, as sorted lines (tables, columns, constraints, indexes, sequences, enum types,
 * views), so two states of a database compare line by line. The history table is left out.
 */
public record CatalogSnapshot(List<String> lines) {
    private static final String[] QUERIES = {
        "SELECT 'table ' || c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                + " AND c.relkind IN ('r', 'p')",
        "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')"
                + " AND a.attnum > 0 AND NOT a.attisdropped",
        "SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)"
                + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                + " WHERE c.relnamespace = current_schema()::regnamespace",
        "SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN '' ELSE ' INVALID' END"
                + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relnamespace = current_schema()::regnamespace",
        "SELECT 'sequence ' || c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace"
                + " AND c.relkind = 'S'",
        "SELECT 'type ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                + " WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname",
        "SELECT 'view ' || c.relname || ' ' || pg_get_viewdef(c.oid) FROM pg_class c"
                + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('v', 'm')",
    };

    public static CatalogSnapshot of(Connection c) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Statement s = c.createStatement()) {
            for (String q : QUERIES) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (line != null && !line.contains(HistoryTable.NAME)) {
                            lines.add(line);
                        }
                    }
                }
            }
        }
        return new CatalogSnapshot(List.copyOf(lines));
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
