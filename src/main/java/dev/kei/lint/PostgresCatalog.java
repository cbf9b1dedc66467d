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

    private final Connection connection;
    private final int version;
    private final Map<String, Optional<TableSize>> sizes = new HashMap<>();

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
