package dev.kei.migrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A seeded folder of small, mixed PostgreSQL migrations, and the catalogue they must leave behind: transactional
 * files that create tables, add columns, build indexes and insert rows (some with a {@code pg_sleep} so a kill lands
 * mid-file), {@code -- kei:no-transaction} files with concurrent index builds and drops, column changes, updates and
 * a VACUUM, and a file with a {@code BEGIN ... COMMIT} block of its own. Every migration inserts one row naming
 * itself into {@code ledger}, so a migration that ran twice (or half) shows.
 */
final class MixedMigrations {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private enum Kind {
        CREATE,
        COLUMN,
        INDEX,
        ROWS,
        SLEEP,
        NO_TRANSACTION,
        BLOCK
    }

    private final SplittableRandom random;
    private final List<String> tables = new ArrayList<>();
    private final Map<String, Integer> rows = new TreeMap<>();
    private final TreeSet<String> columns = new TreeSet<>(); // table.column
    private final TreeSet<String> relations = new TreeSet<>(); // name:relkind
    private final List<String> droppable = new ArrayList<>(); // transactional indexes a later file may drop
    private final List<String> versions = new ArrayList<>();

    private MixedMigrations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} migrations into {@code dir} and returns what they must leave in the database. */
    static MixedMigrations write(Path dir, int count, long seed) throws Exception {
        MixedMigrations m = new MixedMigrations(seed);
        Files.createDirectories(dir);
        List<Kind> kinds = m.kinds(count);
        LocalDateTime at = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (int i = 0; i < count; i++) {
            String version = at.plusMinutes(i).format(VERSION);
            m.versions.add(version);
            StringBuilder sql = new StringBuilder();
            String name = i == 0 ? "ledger" : m.migration(kinds.get(i), i, version, sql);
            if (i == 0) {
                sql.append("CREATE TABLE ledger (version text NOT NULL, kind text NOT NULL);\n");
                m.ledger(sql, version, "ledger");
                m.relations.add("ledger:r");
                m.columns.add("ledger.version");
                m.columns.add("ledger.kind");
            }
            Files.writeString(dir.resolve(version + "_" + name + ".sql"), sql.toString());
        }
        return m;
    }

    /** The kinds in file order: the ledger, a big table for the concurrent builds, then a seeded shuffle. */
    private List<Kind> kinds(int count) {
        List<Kind> rest = new ArrayList<>();
        add(rest, Kind.COLUMN, count / 7);
        add(rest, Kind.INDEX, count / 8);
        add(rest, Kind.ROWS, count / 8);
        add(rest, Kind.SLEEP, Math.max(2, count / 12));
        add(rest, Kind.NO_TRANSACTION, Math.max(3, count / 7));
        add(rest, Kind.BLOCK, 1);
        while (rest.size() < count - 2) {
            rest.add(Kind.CREATE);
        }
        Collections.shuffle(rest, new java.util.Random(random.nextLong()));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.CREATE, Kind.CREATE));
        kinds.addAll(rest.subList(0, count - 2));
        return kinds;
    }

    private static void add(List<Kind> kinds, Kind kind, int n) {
        for (int i = 0; i < n; i++) {
            kinds.add(kind);
        }
    }

    private String migration(Kind kind, int i, String version, StringBuilder sql) {
        switch (kind) {
            case CREATE -> {
                // the first table is big enough that a concurrent build on it takes a few milliseconds
                String t = createTable(sql, i, i == 1 ? 3_000 : 1 + random.nextInt(30));
                ledger(sql, version, "create");
                return "create_" + t;
            }
            case COLUMN -> {
                String t = anyTable();
                String c = "c" + i;
                sql.append("ALTER TABLE ").append(t).append(" ADD COLUMN ").append(c);
                sql.append(" integer NOT NULL DEFAULT ").append(i).append(";\n");
                sql.append("UPDATE ").append(t).append(" SET ").append(c).append(" = id % 7 WHERE id % 10 = 0;\n");
                columns.add(t + "." + c);
                ledger(sql, version, "column");
                return "add_" + c + "_to_" + t;
            }
            case INDEX -> {
                String t = anyTable();
                String ix = "ix" + i;
                sql.append("CREATE INDEX ").append(ix).append(" ON ").append(t).append(" (label, id);\n");
                relations.add(ix + ":i");
                droppable.add(ix);
                ledger(sql, version, "index");
                return "index_" + t;
            }
            case ROWS -> {
                String t = anyTable();
                insertRows(sql, t, 1 + random.nextInt(20));
                ledger(sql, version, "rows");
                return "rows_for_" + t;
            }
            case SLEEP -> {
                String t = anyTable();
                insertRows(sql, t, 1 + random.nextInt(5));
                sql.append("SELECT pg_sleep(0.05);\n");
                String created = createTable(sql, i, 1 + random.nextInt(10));
                ledger(sql, version, "sleep");
                return "slow_" + created;
            }
            case NO_TRANSACTION -> {
                return noTransaction(i, version, sql);
            }
            case BLOCK -> {
                String t = bigOrAny();
                sql.append("CREATE INDEX CONCURRENTLY bx")
                        .append(i)
                        .append(" ON ")
                        .append(t);
                sql.append(" (label);\n");
                relations.add("bx" + i + ":i");
                sql.append("BEGIN;\n");
                String created = createTable(sql, i, 1 + random.nextInt(10));
                ledger(sql, version, "block");
                sql.append("COMMIT;\n");
                sql.append("CREATE INDEX CONCURRENTLY bn")
                        .append(i)
                        .append(" ON ")
                        .append(created);
                sql.append(" (label);\n");
                relations.add("bn" + i + ":i");
                return "own_block_" + created;
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Statement by statement: concurrent builds around column changes, a drop, a sleep, a VACUUM. */
    private String noTransaction(int i, String version, StringBuilder sql) {
        String t = bigOrAny();
        sql.append(MigrationFile.NO_TRANSACTION).append('\n');
        sql.append("CREATE INDEX CONCURRENTLY cx")
                .append(i)
                .append(" ON ")
                .append(t)
                .append(" (label);\n");
        relations.add("cx" + i + ":i");
        if (random.nextInt(3) == 0) {
            sql.append("SELECT pg_sleep(0.05);\n");
        }
        String c = "n" + i;
        sql.append("ALTER TABLE ").append(t).append(" ADD COLUMN ").append(c).append(" integer;\n");
        sql.append("UPDATE ").append(t).append(" SET ").append(c).append(" = id % 5 WHERE id % 10 = 0;\n");
        columns.add(t + "." + c);
        ledger(sql, version, "no_transaction");
        if (!droppable.isEmpty() && random.nextBoolean()) {
            String ix = droppable.remove(random.nextInt(droppable.size()));
            sql.append("DROP INDEX CONCURRENTLY ").append(ix).append(";\n");
            relations.remove(ix + ":i");
        }
        sql.append("CREATE UNIQUE INDEX CONCURRENTLY ux")
                .append(i)
                .append(" ON ")
                .append(t);
        sql.append(" (id, ").append(c).append(");\n");
        relations.add("ux" + i + ":i");
        if (random.nextInt(3) == 0) {
            sql.append("VACUUM (ANALYZE) ").append(t).append(";\n");
        }
        return "concurrently_on_" + t;
    }

    private String createTable(StringBuilder sql, int i, int count) {
        String t = "t" + i;
        sql.append("CREATE TABLE ").append(t).append(" (id bigint PRIMARY KEY, label text NOT NULL);\n");
        tables.add(t);
        rows.put(t, 0);
        columns.add(t + ".id");
        columns.add(t + ".label");
        relations.add(t + ":r");
        relations.add(t + "_pkey:i");
        insertRows(sql, t, count);
        return t;
    }

    private void insertRows(StringBuilder sql, String t, int count) {
        int from = rows.get(t) + 1;
        int to = from + count - 1;
        sql.append("INSERT INTO ").append(t).append(" (id, label) SELECT g, 'row ' || g FROM generate_series(");
        sql.append(from).append(", ").append(to).append(") g;\n");
        rows.put(t, to);
    }

    private void ledger(StringBuilder sql, String version, String kind) {
        sql.append("INSERT INTO ledger (version, kind) VALUES ('")
                .append(version)
                .append("', '");
        sql.append(kind).append("');\n");
    }

    private String anyTable() {
        return tables.get(random.nextInt(tables.size()));
    }

    private String bigOrAny() {
        return random.nextBoolean() ? tables.get(0) : anyTable();
    }

    /**
     * What differs between the database and the catalogue these migrations promise, one line per difference:
     * the history (one successful row per file, checksum and step as recorded), every relation of the schema
     * (tables and indexes, nothing more, nothing less), every index valid, every column, every table's row count,
     * and one ledger row per migration. Empty when they match exactly.
     */
    List<String> differences(Connection c, Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        Map<String, String> history = new TreeMap<>();
        for (MigrationFile f : MigrationDirectory.read(dir)) {
            int step = f.noTransaction()
                    ? UnitRunner.units(f.statements()).size()
                    : f.statements().size();
            history.put(f.version(), f.name() + " " + f.checksum() + " true " + step);
        }
        compare(
                out,
                "history",
                history,
                map(
                        c,
                        "SELECT version, name || ' ' || checksum || ' ' || success || ' ' || step FROM "
                                + HistoryTable.NAME));

        TreeSet<String> expectedRelations = new TreeSet<>(relations);
        expectedRelations.add(HistoryTable.NAME + ":r");
        expectedRelations.add(HistoryTable.NAME + "_pkey:i");
        compare(
                out,
                "relation",
                marks(expectedRelations),
                marks(set(
                        c,
                        "SELECT relname || ':' || relkind::text FROM pg_class"
                                + " WHERE relnamespace = 'public'::regnamespace AND relkind NOT IN ('t', 'c')")));
        for (String bad : set(
                c,
                "SELECT k.relname FROM pg_index i JOIN pg_class k ON k.oid = i.indexrelid"
                        + " WHERE k.relnamespace = 'public'::regnamespace"
                        + " AND NOT (i.indisvalid AND i.indisready AND i.indislive)")) {
            out.add("index " + bad + " is INVALID");
        }
        compare(
                out,
                "column",
                marks(columns),
                marks(set(
                        c,
                        "SELECT table_name || '.' || column_name FROM information_schema.columns"
                                + " WHERE table_schema = 'public' AND table_name <> '" + HistoryTable.NAME + "'")));

        Map<String, String> expectedRows = new TreeMap<>();
        rows.forEach((t, n) -> expectedRows.put(t, String.valueOf(n)));
        Map<String, String> actualRows = new TreeMap<>();
        for (String t : rows.keySet()) {
            if (relations(c).contains(t + ":r")) {
                actualRows.put(t, map(c, "SELECT 'n', count(*) FROM " + t).get("n"));
            }
        }
        compare(out, "rows of", expectedRows, actualRows);

        Map<String, String> ledger = new TreeMap<>();
        versions.forEach(v -> ledger.put(v, "1"));
        compare(
                out,
                "ledger rows for",
                ledger,
                set(c, "SELECT 1 FROM pg_class WHERE relname = 'ledger'").isEmpty()
                        ? Map.of()
                        : map(c, "SELECT version, count(*) FROM ledger GROUP BY version"));
        return out;
    }

    private static TreeSet<String> relations(Connection c) throws SQLException {
        return set(
                c, "SELECT relname || ':' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace");
    }

    private static Map<String, String> marks(java.util.Set<String> names) {
        Map<String, String> out = new TreeMap<>();
        names.forEach(n -> out.put(n, "present"));
        return out;
    }

    private static void compare(
            List<String> out, String what, Map<String, String> expected, Map<String, String> actual) {
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            String e = expected.get(k);
            String a = actual.get(k);
            if (e == null) {
                out.add(what + " " + k + " is extra (" + a + ")");
            } else if (a == null) {
                out.add(what + " " + k + " is missing (expected " + e + ")");
            } else if (!e.equals(a)) {
                out.add(what + " " + k + ": expected " + e + ", found " + a);
            }
        }
    }

    private static TreeSet<String> set(Connection c, String sql) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, String> map(Connection c, String sql) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2).strip());
            }
        }
        return out;
    }
}
