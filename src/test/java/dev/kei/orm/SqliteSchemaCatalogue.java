package dev.kei.orm;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SQLite file's schema holds, read from sqlite_master and SQLite's pragmas rather than from the CREATE text
 * (whose spacing and clause order differ between writers): per table each column's declared type, NOT NULL, default
 * and key position, each foreign key, each index with its columns, and the names and kinds of the named constraints;
 * Alembic's {@code alembic_version} left out.
 */
final class SqliteSchemaCatalogue {
    private static final Pattern NAMED = Pattern.compile("CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|\\S+)\\s+(\\w+)");

    private SqliteSchemaCatalogue() {}

    static List<String> of(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name <> 'alembic_version' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : tables) {
                String name = t[0];
                lines.add("table " + name);
                String q = "'" + name.replace("'", "''") + "'";
                try (ResultSet rs = s.executeQuery("SELECT cid, name, lower(type), \"notnull\", dflt_value, pk"
                        + " FROM pragma_table_xinfo(" + q + ") ORDER BY cid")) {
                    while (rs.next()) {
                        lines.add("column " + name + " " + rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3)
                                + (rs.getInt(4) == 1 ? " not null" : "") + " default " + unwrap(rs.getString(5))
                                + " pk " + rs.getInt(6));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT \"table\", \"from\", \"to\", on_delete, on_update"
                        + " FROM pragma_foreign_key_list(" + q + ")")) {
                    while (rs.next()) {
                        lines.add("foreign key " + name + "." + rs.getString(2) + " -> " + rs.getString(1) + "."
                                + rs.getString(3) + " on delete " + rs.getString(4) + " on update " + rs.getString(5));
                    }
                }
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs =
                        s.executeQuery("SELECT name, \"unique\", origin FROM pragma_index_list(" + q + ")")) {
                    while (rs.next()) {
                        indexes.add(rs.getString(1) + " unique " + rs.getInt(2) + " origin " + rs.getString(3));
                    }
                }
                for (String index : indexes) {
                    String indexName = index.substring(0, index.indexOf(' '));
                    List<String> columns = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_index_info('"
                            + indexName.replace("'", "''") + "') ORDER BY seqno")) {
                        while (rs.next()) {
                            columns.add(rs.getString(1));
                        }
                    }
                    lines.add("index " + name + " " + index + " (" + String.join(", ", columns) + ")");
                }
                Matcher m = NAMED.matcher(t[1]);
                while (m.find()) {
                    lines.add("constraint " + name + " " + m.group(1).replace("\"", "") + " "
                            + m.group(2).toUpperCase());
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    /** {@code (x)} and {@code x} are the same default; SQLAlchemy parenthesises what kei writes bare. */
    static String unwrap(String expression) {
        if (expression == null || !expression.startsWith("(") || !expression.endsWith(")")) {
            return expression;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0 && i < expression.length() - 1) {
                return expression; // the first parenthesis closes before the end: (a) || (b)
            }
        }
        return expression.substring(1, expression.length() - 1);
    }
}
