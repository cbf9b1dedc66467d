package dev.kei.change;

import static dev.kei.change.StepSql.q;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a database's tables as digests, one per column, to check that a change kept them: before, after up
 * (under the names the change gives them), after down (all of them, as they were).
 */
public final class Values {
    private Values() {}

    /** {@code table.column} to a digest of its values in key order, for every column of every table. */
    public static Map<String, String> of(Connection c, LiveSchema schema) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (LiveTable t : schema.tables().values()) {
            String order = t.primaryKey().isEmpty()
                    ? "1"
                    : String.join(", ", t.primaryKey().stream().map(StepSql::q).toList());
            for (LiveColumn col : t.columns()) {
                String sql = "SELECT md5(coalesce(string_agg(coalesce(" + q(col.name()) + "::text, '<null>'), ','"
                        + " ORDER BY " + order + "), '')) FROM " + q(t.name());
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(sql)) {
                    r.next();
                    out.put(t.name() + "." + col.name(), r.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * The values {@code changes} keep, under the names they have after them: a dropped column or table is gone, a
     * column filled on purpose (a backfill before SET NOT NULL) changes; renamed ones move.
     */
    public static Map<String, String> keptBy(List<Change> changes, Map<String, String> before) {
        Map<String, String> out = new TreeMap<>(before);
        for (Change ch : changes) {
            Map<String, String> next = new TreeMap<>();
            for (Map.Entry<String, String> e : out.entrySet()) {
                String table = e.getKey().substring(0, e.getKey().indexOf('.'));
                String column = e.getKey().substring(e.getKey().indexOf('.') + 1);
                boolean backfilled = ch instanceof Change.ModifyColumn m
                        && m.backfill() != null
                        && m.table().equals(table)
                        && m.column().equals(column);
                if (ch instanceof Change.DropTable d && d.table().equals(table)
                        || ch instanceof Change.DropColumn d2
                                && d2.table().equals(table)
                                && d2.column().equals(column)
                        || backfilled) {
                    continue;
                }
                if (ch instanceof Change.Rename r && r.table().equals(table)) {
                    if (r.column() == null) {
                        table = r.to();
                    } else if (r.column().equals(column)) {
                        column = r.to();
                    }
                }
                next.put(table + "." + column, e.getValue());
            }
            out = next;
        }
        return out;
    }
}
