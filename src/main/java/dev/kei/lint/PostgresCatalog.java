package dev.kei.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of a live PostgreSQL as lint reads it: a table's row estimate from {@code pg_class}, scaled to the
 * heap's current size as the planner scales it (so rows loaded since the last ANALYZE count), or, for a table never
 * analyzed, the live rows the statistics counted, else the planner's own estimate from {@code EXPLAIN}; never {@code count(*)}, which would read a big table
 * whole. Reads only, each table once; a name reaches SQL only as a bound parameter or as the name PostgreSQL itself
 * printed for the table ({@code oid::regclass}).
 */
public final class PostgresCatalog implements Catalog {
    private static final String TABLE = "SELECT c.reltuples::float8, c.relpages, c.relkind,"
            + " CASE WHEN c.relkind = 'p' THEN (SELECT coalesce(sum(pg_relation_size(t.relid)), 0)"
            + " FROM pg_partition_tree(c.oid) t) ELSE pg_relation_size(c.oid) END, c.oid::regclass::text,"
            + " coalesce(pg_stat_get_live_tuples(c.oid), 0)"
            + " FROM pg_class c WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p', 'm')";
    private static final long PAGE = 8192;
    // each valid index's key columns in order; an expression's place holds NULL, so it leads with no column
    private static final String INDEX_KEYS = "SELECT array(SELECT a.attname::text FROM unnest(i.indkey::int2[])"
            + " WITH ORDINALITY AS k(attnum, ord) LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid"
            + " AND a.attnum = k.attnum ORDER BY k.ord) FROM pg_index i"
            + " WHERE i.indrelid = to_regclass(?) AND i.indisvalid";

    private final Connection connection;
    private final int version;
    private final Map<String, Optional<TableSize>> sizes = new HashMap<>();
    private final Map<String, java.util.List<java.util.List<String>>> indexKeys = new HashMap<>();

    private PostgresCatalog(Connection connection, int version) {
        this.connection = connection;
        this.version = version;
    }

    /** The catalogue behind {@code connection}, which stays the caller's to close. */
    public static PostgresCatalog of(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            r.next();
            return new PostgresCatalog(connection, r.getInt(1));
        }
    }

    @Override
    public Optional<TableSize> table(String table) {
        return sizes.computeIfAbsent(table, this::read);
    }

    @Override
    public boolean indexLeadsWith(String table, java.util.List<String> columns) {
        return !columns.isEmpty()
                && indexKeys.computeIfAbsent(table, this::keys).stream()
                        .anyMatch(k -> k.size() >= columns.size()
                                && k.subList(0, columns.size()).equals(columns));
    }

    private java.util.List<java.util.List<String>> keys(String table) {
        java.util.List<java.util.List<String>> keys = new java.util.ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(INDEX_KEYS)) {
            p.setString(1, "\"" + table.replace("\"", "\"\"") + "\"");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    // an expression's place is null: the key leads with no column from there on
                    java.util.List<String> key = new java.util.ArrayList<>();
                    for (Object name : (Object[]) r.getArray(1).getArray()) {
                        key.add(name == null ? "" : (String) name);
                    }
                    keys.add(key);
                }
            }
        } catch (SQLException | RuntimeException e) {
            return java.util.List.of(); // unknown: lint assumes no index, as without a database
        }
        return keys;
    }

    @Override
    public int serverVersion() {
        return version;
    }

    @Override
    public boolean connected() {
        return true;
    }

    private Optional<TableSize> read(String table) {
        try (PreparedStatement p = connection.prepareStatement(TABLE)) {
            p.setString(1, "\"" + table.replace("\"", "\"\"") + "\"");
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                double tuples = r.getDouble(1);
                long pages = r.getLong(2);
                boolean partitioned = "p".equals(r.getString(3));
                long bytes = r.getLong(4);
                if (bytes == 0 && !partitioned) {
                    return Optional.of(new TableSize(0, 0, "empty on disk"));
                }
                if (tuples >= 0 && pages > 0 && !partitioned) {
                    long rows = Math.round(tuples / pages * Math.ceil((double) bytes / PAGE));
                    return Optional.of(new TableSize(rows, bytes, "pg_class estimate"));
                }
                long live = r.getLong(6);
                if (live > 0 && !partitioned) {
                    return Optional.of(
                            new TableSize(live, bytes, "live rows counted by the statistics, never analyzed"));
                }
                long rows = planned(r.getString(5));
                return Optional.of(new TableSize(rows, bytes, "planner estimate, never analyzed"));
            }
        } catch (SQLException | RuntimeException e) {
            // a size that cannot be read is no reason to fail lint: the table is then assumed large, as without one
            return Optional.empty();
        }
    }

    @Override
    public Optional<Long> plannedRows(String statement) {
        try {
            return Optional.of(explain(statement));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty(); // a column an earlier pending file adds, say: judged by the table's size
        }
    }

    /** The planner's row estimate for a whole-table read of {@code regclass}, a name PostgreSQL printed quoted. */
    private long planned(String regclass) throws SQLException {
        return explain("SELECT * FROM " + regclass);
    }

    /**
     * The top plan node's row estimate for {@code sql}, planned but never run ({@code EXPLAIN} without ANALYZE), in a
     * transaction that is rolled back. Planning takes the statement's locks (ACCESS SHARE, ROW EXCLUSIVE for a
     * write), so it waits behind a running ALTER: a short lock_timeout bounds the wait.
     */
    private long explain(String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '2s'");
            s.execute("SET LOCAL statement_timeout = '10s'");
            try (ResultSet r = s.executeQuery("EXPLAIN (FORMAT JSON) " + sql)) {
                r.next();
                JsonNode plan = Json.MAPPER.readTree(r.getString(1)).path(0).path("Plan");
                if (!plan.has("Plan Rows")) {
                    throw new SQLException("EXPLAIN gave no row estimate");
                }
                // an UPDATE or DELETE node's own estimate is of rows returned (none): the rows it writes are its
                // input's
                JsonNode rows = plan.path("Plans").path(0).has("Plan Rows")
                                && plan.path("Node Type").asText().equals("ModifyTable")
                        ? plan.path("Plans").path(0).path("Plan Rows")
                        : plan.path("Plan Rows");
                return rows.asLong();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("EXPLAIN printed no JSON plan", e);
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
