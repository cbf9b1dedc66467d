import dev.kei.migrate.DatabaseUrl;
import dev.kei.migrate.Migrator;
import dev.kei.migrate.Progress;
import dev.kei.migrate.Settings;
import dev.kei.migrate.UrlTarget;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Issue 4's benchmark: {@code up} of N small migrations (default 500) with kei-migrate and with Flyway, side by side
 * in one JVM against one embedded PostgreSQL, and plain JDBC on the same files as a reference. Each run gets a fresh
 * database; the three take turns going first; warm-up repetitions are not counted. The same SQL is written twice,
 * once per tool's naming ({@code <YYYYMMDDHHMMSS>_m<n>.sql} for kei, {@code V<YYYYMMDDHHMMSS>__m<n>.sql} for
 * Flyway). Timed: the whole facade call (kei: {@code new Migrator(...).up(0, false, false)}; Flyway:
 * {@code configure()...load().migrate()}), connections, lock, folder reading and checksums included. Run by
 * bench/migrate-vs-flyway.sh.
 */
public class MigrateVsFlyway {
    static final int WARMUPS = 2;
    static final String[] TOOLS = {"kei-migrate", "Flyway", "plain JDBC"};

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args.length > 0 ? args[0] : "9");
        int migrations = Integer.parseInt(args.length > 1 ? args[1] : "500");
        Path work = Files.createTempDirectory("kei-bench-migrate");
        Path keiDir = Files.createDirectories(work.resolve("kei"));
        Path flywayDir = Files.createDirectories(work.resolve("flyway"));
        writeMigrations(keiDir, flywayDir, migrations);
        // Neither tool's per-migration lines reach the terminal: Flyway logs through SLF4J (slf4j-nop on the class
        // path), kei-migrate's progress goes to a discarded stream.
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        List<List<Long>> wall = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Long>> cpuTimes = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Double> paired = new ArrayList<>();
        Cpu cpu;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("data"))
                .setCleanDataDirectory(true)
                .setServerConfig("autovacuum", "off") // no background work landing in one tool's run or another's
                .start()) {
            int port = pg.getPort();
            cpu = new Cpu(work.resolve("data"));
            System.out.printf(
                    "%d migrations, %d warm-up + %d timed repetitions per tool, PostgreSQL %s, %d cores%n",
                    migrations,
                    WARMUPS,
                    runs,
                    serverVersion(pg),
                    Runtime.getRuntime().availableProcessors());
            for (int rep = 0; rep < WARMUPS + runs; rep++) {
                long[] ms = new long[TOOLS.length];
                for (int turn = 0; turn < TOOLS.length; turn++) {
                    int tool = (turn + rep) % TOOLS.length; // each tool takes each place in turn
                    String db = "bench_" + tool + "_" + rep;
                    admin(pg, "CREATE DATABASE " + db);
                    long cpuBefore = cpu.ms();
                    long start = System.nanoTime();
                    switch (tool) {
                        case 0 -> runKei(port, db, keiDir, discard);
                        case 1 -> runFlyway(port, db, flywayDir);
                        default -> runPlain(port, db, keiDir);
                    }
                    ms[tool] = (System.nanoTime() - start) / 1_000_000;
                    long cpuMs = cpu.ms() - cpuBefore;
                    check(pg, db, tool, migrations);
                    admin(pg, "DROP DATABASE " + db + " WITH (FORCE)");
                    String label = rep < WARMUPS ? "warm-up" : "run " + (rep - WARMUPS + 1);
                    System.out.printf("  %-8s %-12s %6d ms   (CPU %6d ms)%n", label, TOOLS[tool], ms[tool], cpuMs);
                    if (rep >= WARMUPS) {
                        wall.get(tool).add(ms[tool]);
                        cpuTimes.get(tool).add(cpuMs);
                    }
                }
                if (rep >= WARMUPS) {
                    paired.add((double) ms[0] / ms[1]);
                }
            }
        } finally {
            delete(work);
        }
        for (int tool = 0; tool < TOOLS.length; tool++) {
            System.out.printf("%-12s median %6d ms (runs %s)%n", TOOLS[tool], median(wall.get(tool)), wall.get(tool));
        }
        System.out.printf(
                "ratio kei/flyway: %.2f (target: at most 0.50); plain JDBC/flyway: %.2f%n",
                (double) median(wall.get(0)) / median(wall.get(1)), (double) median(wall.get(2)) / median(wall.get(1)));
        // the runs of one repetition share the machine's load of the moment: their ratio is steadier
        System.out.printf("median of the per-repetition kei/flyway ratios: %.2f%n", medianOf(paired));
        if (cpu.works()) {
            System.out.printf(
                    "CPU time (this JVM + the PostgreSQL server), medians: kei-migrate %d ms, Flyway %d ms,"
                            + " plain JDBC %d ms; ratio kei/flyway %.2f%n",
                    median(cpuTimes.get(0)),
                    median(cpuTimes.get(1)),
                    median(cpuTimes.get(2)),
                    (double) median(cpuTimes.get(0)) / median(cpuTimes.get(1)));
        }
        System.out.printf("reproduce: bench/migrate-vs-flyway.sh %d %d%n", runs, migrations);
    }

    /** kei-migrate as the CLI runs it: the facade on a URL target, folder reading and checksums included. */
    static void runKei(int port, String db, Path dir, PrintStream discard) throws Exception {
        UrlTarget target = new UrlTarget(DatabaseUrl.parse("postgresql://postgres@localhost:" + port + "/" + db));
        new Migrator(target, dir, Settings.defaults(), new Progress(discard), "kei-migrate --dir " + dir, discard)
                .up(0, false, false);
    }

    static void runFlyway(int port, String db, Path dir) {
        Flyway.configure()
                .loggers("slf4j") // to slf4j-nop: silent, like kei's discarded progress
                .dataSource("jdbc:postgresql://localhost:" + port + "/" + db, "postgres", null)
                .locations("filesystem:" + dir)
                .load()
                .migrate();
    }

    /**
     * The reference: the simplest runner one could write. Each file's text in one execute and a commit, on one
     * connection; no lock, no history, no settings, no splitting. Two round trips per file, one file at a time.
     */
    static void runPlain(int port, String db, Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        try (Connection c =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, "postgres", "")) {
            c.setAutoCommit(false);
            for (Path f : files) {
                try (Statement s = c.createStatement()) {
                    s.execute(Files.readString(f));
                }
                c.commit();
            }
        }
    }

    /** Every run must have done the same work: every table, index and row, and a history row per file. */
    static void check(EmbeddedPostgres pg, String db, int tool, int migrations) throws SQLException {
        try (Connection c = pg.getDatabase("postgres", db).getConnection();
                Statement s = c.createStatement()) {
            long tables = count(s, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'");
            long indexes = count(s, "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 't\\_%\\_name\\_idx'");
            String historyRows = tool == 0
                    ? "SELECT count(*) FROM kei_schema_history WHERE success"
                    : "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL";
            long history = tool == 2 ? migrations : count(s, historyRows);
            long rows = count(s, "SELECT count(*) FROM t_" + migrations);
            if (tables != migrations || indexes != migrations || history != migrations || rows != 2) {
                throw new AssertionError(db + ": " + tables + " tables, " + indexes + " indexes, " + history
                        + " history rows, " + rows + " rows in the last table");
            }
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** N small migrations: a table, an index on it, two rows; the same text under each tool's file naming. */
    static void writeMigrations(Path keiDir, Path flywayDir, int n) throws Exception {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0, 0);
        for (int i = 1; i <= n; i++) {
            String version = base.plusMinutes(i).format(stamp);
            String sql = String.format(
                    "-- migration %d%n"
                            + "CREATE TABLE t_%d (%n"
                            + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,%n"
                            + "  name text NOT NULL,%n"
                            + "  created_at timestamptz NOT NULL DEFAULT now()%n"
                            + ");%n"
                            + "CREATE INDEX t_%d_name_idx ON t_%d (name);%n"
                            + "INSERT INTO t_%d (name) VALUES ('first %d'), ('second %d');%n",
                    i, i, i, i, i, i, i);
            Files.writeString(keiDir.resolve(version + "_m" + i + ".sql"), sql);
            Files.writeString(flywayDir.resolve("V" + version + "__m" + i + ".sql"), sql);
        }
    }

    static void admin(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String serverVersion(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * CPU time spent by this JVM and by the PostgreSQL server, from /proc: steadier than wall time on a loaded machine.
     * The server's is the postmaster's own, its live children's, and that of the children it has reaped (the
     * connections' backends); a reading waits until the backends of closed connections are gone, so their time is
     * all counted. Not reported where there is no /proc.
     */
    static final class Cpu {
        private final long postmaster;
        private final Set<Long> resident; // the server's own processes: checkpointer, walwriter, ...

        Cpu(Path dataDir) {
            long pid = -1;
            try {
                pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"))
                        .get(0)
                        .strip());
            } catch (Exception e) {
                // no postmaster.pid: CPU time is not reported
            }
            this.postmaster = Files.isDirectory(Path.of("/proc/" + pid)) ? pid : -1;
            this.resident = children().keySet();
        }

        boolean works() {
            return postmaster > 0;
        }

        long ms() throws Exception {
            long jvm = ((com.sun.management.OperatingSystemMXBean)
                                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1_000_000;
            if (postmaster <= 0) {
                return jvm;
            }
            for (int i = 0; i < 500 && !resident.containsAll(children().keySet()); i++) {
                Thread.sleep(10);
            }
            long ticks = stat(postmaster, true);
            for (long t : children().values()) {
                ticks += t;
            }
            return jvm + ticks * 10; // USER_HZ is 100 on Linux
        }

        /** The postmaster's children and their CPU ticks. */
        private Map<Long, Long> children() {
            Map<Long, Long> out = new TreeMap<>();
            if (postmaster <= 0) {
                return out;
            }
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.toList()) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        try {
                            String[] f = fields(Files.readString(p.resolve("stat")));
                            if (Long.parseLong(f[1]) == postmaster) {
                                out.put(Long.parseLong(name), Long.parseLong(f[11]) + Long.parseLong(f[12]));
                            }
                        } catch (Exception e) {
                            // gone meanwhile
                        }
                    }
                }
            } catch (Exception e) {
                // no /proc
            }
            return out;
        }

        /** utime + stime, and with {@code reaped} cutime + cstime (the children it waited for), in clock ticks. */
        private static long stat(long pid, boolean reaped) throws Exception {
            String[] f = fields(Files.readString(Path.of("/proc/" + pid + "/stat")));
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return reaped ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        }

        /** The fields after "pid (comm) ": state [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14]. */
        private static String[] fields(String stat) {
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
    }

    static double medianOf(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static void delete(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
