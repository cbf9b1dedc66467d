package dev.kei.orm;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a database holds after db/schema.sql, as lines comparable with what an ORM describes: {@code table T},
 * {@code column T.C}, {@code fk T.C -> R.RC ON DELETE A}, and {@code id|unique|normal T NAME (C, ...)} for the primary
 * key, the unique constraints and the other indexes. SQLite keeps no name for a primary key or unique constraint, so
 * there those lines carry none ({@code -}), and a unique index counts as the unique constraint it enforces: drizzle-kit's
 * SQLite dialect writes every unique constraint as {@code CREATE UNIQUE INDEX}.
 */
final class Catalogue {
    private Catalogue() {}

    static Set<String> postgres(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        for (List<String> r : rows(
                c,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE'")) {
            out.add("table " + r.get(0));
        }
        for (List<String> r : rows(
                c,
                "SELECT table_name, column_name FROM information_schema.columns" + " WHERE table_schema = 'public'")) {
            out.add("column " + r.get(0) + "." + r.get(1));
        }
        for (List<String> r : rows(
                c,
                "SELECT t.relname, a.attname, rt.relname, ra.attname, k.confdeltype::text"
                        + " FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class rt ON rt.oid = k.confrelid"
                        + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                        + " JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]"
                        + " WHERE k.contype = 'f' AND t.relnamespace = 'public'::regnamespace")) {
            out.add("fk " + r.get(0) + "." + r.get(1) + " -> " + r.get(2) + "." + r.get(3) + " ON DELETE "
                    + switch (r.get(4)) {
                        case "c" -> "CASCADE";
                        case "r" -> "RESTRICT";
                        case "n" -> "SET NULL";
                        case "a" -> "NO ACTION";
                        default -> "action " + r.get(4);
                    });
        }
        for (List<String> r : rows(
                c,
                "SELECT t.relname, i.relname,"
                        + " CASE WHEN x.indisprimary THEN 'id' WHEN x.indisunique THEN 'unique' ELSE 'normal' END,"
                        + " array_to_string(ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY AS k(n, o)"
                        + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), ', ')"
                        + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                        + " WHERE t.relnamespace = 'public'::regnamespace")) {
            out.add(r.get(2) + " " + r.get(0) + " " + r.get(1) + " (" + r.get(3) + ")");
        }
        return out;
    }

    static Set<String> sqlite(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        for (List<String> r :
                rows(c, "SELECT name FROM sqlite_master WHERE type = 'table'" + " AND name NOT LIKE 'sqlite_%'")) {
            tables.add(r.get(0));
            out.add("table " + r.get(0));
        }
        for (String t : tables) {
            List<String> key = new ArrayList<>();
            for (List<String> r : rows(c, "SELECT name, pk FROM pragma_table_info(" + literal(t) + ") ORDER BY pk")) {
                out.add("column " + t + "." + r.get(0));
                if (!r.get(1).equals("0")) {
                    key.add(r.get(0));
                }
            }
            out.add("id " + t + " - (" + String.join(", ", key) + ")");
            for (List<String> r : rows(
                    c,
                    "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(" + literal(t) + ")")) {
                out.add("fk " + t + "." + r.get(1) + " -> " + r.get(0) + "." + r.get(2) + " ON DELETE " + r.get(3));
            }
            for (List<String> r :
                    rows(c, "SELECT name, origin, \"unique\" FROM pragma_index_list(" + literal(t) + ")")) {
                if (r.get(1).equals("pk")) {
                    continue; // the key, listed above from the columns
                }
                List<String> columns = new ArrayList<>();
                for (List<String> col :
                        rows(c, "SELECT name FROM pragma_index_info(" + literal(r.get(0)) + ") ORDER BY seqno")) {
                    columns.add(col.get(0));
                }
                // a UNIQUE constraint and a unique index are one thing here: an index, named or not (sqlite_autoindex_)
                boolean unique = r.get(2).equals("1");
                out.add((unique ? "unique " + t + " -" : "normal " + t + " " + r.get(0)) + " ("
                        + String.join(", ", columns) + ")");
            }
        }
        return out;
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
