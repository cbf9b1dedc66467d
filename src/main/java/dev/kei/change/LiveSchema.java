package dev.kei.change;

import dev.kei.lint.Catalog;
import dev.kei.lint.PostgresCatalog;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The current schema as db-change sees it: the tables of {@code current_schema()} (kei-migrate's own bookkeeping
 * tables left out) with their columns, keys, indexes and checks as PostgreSQL's catalogue prints them, their sizes as
 * lint reads them, and the server's version.
 *
 * @param serverVersion {@code server_version_num}, e.g. 160004
 * @param tables by name, sorted
 */
public record LiveSchema(int serverVersion, Map<String, LiveTable> tables) {
    /**
     * kei-migrate's history and backfill tables, and what db-change keeps for a rollback ({@code kei_saved_...}: the
     * values of a dropped column or table): bookkeeping, not the application's schema.
     */
    static final List<String> BOOKKEEPING = List.of("kei_schema_history", "kei_schema_backfill");

    static final String SAVED_PREFIX = "kei\\_saved\\_%";

    // the tables read: ordinary and partitioned ones of the current schema; partitions belong to their parent
    private static final String TABLES = "WITH t AS (SELECT c.oid, c.relname FROM pg_class c"
            + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')"
            + " AND NOT c.relispartition AND c.relname <> ALL (?::text[]) AND c.relname NOT LIKE '" + SAVED_PREFIX
            + "') ";

    private static final String NAMES = TABLES + "SELECT t.relname FROM t ORDER BY t.relname";

    private static final String COLUMNS = TABLES
            + "SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END, a.attidentity::text"
            + " FROM t JOIN pg_attribute a ON a.attrelid = t.oid"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + " WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY t.relname, a.attnum";

    private static final String PRIMARY_KEYS = TABLES
            + "SELECT t.relname, a.attname FROM t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'p'"
            + " CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)"
            + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY t.relname, u.ord";

    // a partitioned table's keys are copied onto its partitions and the referenced side's (conparentid <> 0)
    private static final String FOREIGN_KEYS = TABLES
            + "SELECT t.relname, k.conname,"
            + " CASE WHEN r.relnamespace = t_ns.oid THEN r.relname ELSE k.confrelid::regclass::text END,"
            + " k.confdeltype::text, k.convalidated, pg_get_constraintdef(k.oid), a.attname, ra.attname"
            + " FROM t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f' AND k.conparentid = 0"
            + " JOIN pg_class r ON r.oid = k.confrelid"
            + " CROSS JOIN (SELECT current_schema()::regnamespace::oid AS oid) t_ns"
            + " CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(attnum, refnum, ord)"
            + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum"
            + " JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = u.refnum"
            + " ORDER BY t.relname, k.conname, u.ord";

    // a key column by its name (as stored, like the columns'); an expression as pg_get_indexdef prints it
    private static final String INDEXES = TABLES
            + "SELECT t.relname, ic.relname, i.indisunique, i.indisprimary, con.conname, i.indisvalid,"
            + " pg_get_indexdef(i.indexrelid),"
            + " ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k, true)"
            + " ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid"
            + " AND a.attnum = i.indkey[k - 1]) END FROM generate_series(1, i.indnkeyatts) k ORDER BY k)"
            + " FROM t JOIN pg_index i ON i.indrelid = t.oid JOIN pg_class ic ON ic.oid = i.indexrelid"
            + " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid"
            + " AND con.contype IN ('p', 'u', 'x')"
            + " ORDER BY t.relname, ic.relname";

    private static final String CHECKS = TABLES
            + "SELECT t.relname, k.conname, pg_get_constraintdef(k.oid), k.convalidated"
            + " FROM t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'c'"
            + " ORDER BY t.relname, k.conname";

    public LiveSchema {
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    /**
     * Reads the schema behind {@code c} (PostgreSQL), which stays the caller's to close. Reads only; every name comes
     * from the catalogue.
     */
    public static LiveSchema read(Connection c) throws SQLException {
        PostgresCatalog catalog = PostgresCatalog.of(c);
        Map<String, List<LiveColumn>> columns = rows(
                c,
                COLUMNS,
                r -> new LiveColumn(
                        r.getString(2), r.getString(3), r.getBoolean(4), r.getString(5), identity(r.getString(6))));
        Map<String, List<String>> primaryKeys = rows(c, PRIMARY_KEYS, r -> r.getString(2));
        Map<String, List<LiveForeignKey>> foreignKeys = foreignKeys(c);
        Map<String, List<LiveIndex>> indexes = rows(
                c,
                INDEXES,
                r -> new LiveIndex(
                        r.getString(2),
                        strings(r.getArray(8)),
                        r.getBoolean(3),
                        r.getBoolean(4),
                        r.getString(5),
                        r.getBoolean(6),
                        r.getString(7)));
        Map<String, List<LiveCheck>> checks =
                rows(c, CHECKS, r -> new LiveCheck(r.getString(2), r.getString(3), r.getBoolean(4)));
        Map<String, LiveTable> tables = new TreeMap<>();
        for (String name : rows(c, NAMES, r -> r.getString(1)).keySet()) {
            Optional<Catalog.TableSize> size = catalog.table(name);
            tables.put(
                    name,
                    new LiveTable(
                            name,
                            size.map(Catalog.TableSize::rows).orElse(0L),
                            size.map(Catalog.TableSize::bytes).orElse(0L),
                            columns.getOrDefault(name, List.of()),
                            primaryKeys.getOrDefault(name, List.of()),
                            foreignKeys.getOrDefault(name, List.of()),
                            indexes.getOrDefault(name, List.of()),
                            checks.getOrDefault(name, List.of())));
        }
        return new LiveSchema(catalog.serverVersion(), tables);
    }

    /** The table named {@code name} (as stored, case-sensitive). */
    public Optional<LiveTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The foreign keys of other tables that reference {@code table} (a table's keys onto itself are its own). */
    public List<LiveForeignKey> referencing(String table) {
        return referrers(table).values().stream().flatMap(List::stream).toList();
    }

    /** {@link #referencing} by the table each key belongs to, tables sorted by name. */
    public Map<String, List<LiveForeignKey>> referrers(String table) {
        Map<String, List<LiveForeignKey>> out = new LinkedHashMap<>();
        for (LiveTable t : tables.values()) {
            if (t.name().equals(table)) {
                continue;
            }
            List<LiveForeignKey> keys = t.foreignKeys().stream()
                    .filter(k -> k.refTable().equals(table))
                    .toList();
            if (!keys.isEmpty()) {
                out.put(t.name(), keys);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether an index or a constraint has this name: they share one namespace per schema in PostgreSQL. */
    public boolean hasRelation(String name) {
        for (LiveTable t : tables.values()) {
            if (t.indexes().stream().anyMatch(i -> i.name().equals(name) || name.equals(i.constraint()))
                    || t.foreignKeys().stream().anyMatch(f -> f.name().equals(name))
                    || t.checks().stream().anyMatch(k -> k.name().equals(name))
                    || t.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** This schema with {@code table} added or replaced. */
    public LiveSchema with(LiveTable table) {
        Map<String, LiveTable> next = new TreeMap<>(tables);
        next.put(table.name(), table);
        return new LiveSchema(serverVersion, next);
    }

    /** This schema without the table named {@code table}. */
    public LiveSchema without(String table) {
        Map<String, LiveTable> next = new TreeMap<>(tables);
        next.remove(table);
        return new LiveSchema(serverVersion, next);
    }

    /** The schema as {@code change} leaves it, for planning the change after it ({@link SchemaAfter}). */
    public LiveSchema after(Change change) {
        return SchemaAfter.apply(this, change);
    }

    /** This schema with {@code column} added to {@code table}, as an ADD COLUMN leaves it. */
    public LiveSchema withColumn(String table, ColumnSpec column) {
        return SchemaAfter.apply(this, new Change.AddColumn(table, column));
    }

    /** The same schema with every table's rows and bytes zero: what two databases of one schema have in common. */
    public LiveSchema withoutSizes() {
        Map<String, LiveTable> bare = new TreeMap<>();
        tables.forEach((name, t) -> bare.put(name, t.withoutSize()));
        return new LiveSchema(serverVersion, bare);
    }

    private static Map<String, List<LiveForeignKey>> foreignKeys(Connection c) throws SQLException {
        Map<String, List<LiveForeignKey>> out = new LinkedHashMap<>();
        try (PreparedStatement p = prepare(c, FOREIGN_KEYS);
                ResultSet r = p.executeQuery()) {
            String table = null;
            String name = null;
            List<String> cols = null;
            List<String> refs = null;
            String[] facts = null;
            boolean validated = false;
            while (true) {
                boolean more = r.next();
                if (name != null
                        && (!more
                                || !r.getString(1).equals(table)
                                || !r.getString(2).equals(name))) {
                    out.computeIfAbsent(table, k -> new ArrayList<>())
                            .add(new LiveForeignKey(
                                    name,
                                    cols,
                                    facts[0],
                                    refs,
                                    LiveForeignKey.onDelete(facts[1]),
                                    validated,
                                    facts[2]));
                    name = null;
                }
                if (!more) {
                    return out;
                }
                if (name == null) {
                    table = r.getString(1);
                    name = r.getString(2);
                    cols = new ArrayList<>();
                    refs = new ArrayList<>();
                    facts = new String[] {r.getString(3), r.getString(4), r.getString(6)};
                    validated = r.getBoolean(5);
                }
                cols.add(r.getString(7));
                refs.add(r.getString(8));
            }
        }
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    /** Each row of {@code sql} read by {@code row}, grouped by the table in its first column, in the query's order. */
    private static <T> Map<String, List<T>> rows(Connection c, String sql, Row<T> row) throws SQLException {
        Map<String, List<T>> out = new LinkedHashMap<>();
        try (PreparedStatement p = prepare(c, sql);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(row.read(r));
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        p.setArray(1, c.createArrayOf("text", BOOKKEEPING.toArray()));
        return p;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static String identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> "always";
            case "d" -> "by default";
            default -> "";
        };
    }
}
