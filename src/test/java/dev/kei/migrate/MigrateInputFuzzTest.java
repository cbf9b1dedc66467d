package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of generated bad inputs to kei-migrate, in-process, beside {@link MalformedUrlFuzzTest}'s URLs: flags
 * (unknown ones, bad durations and counts, missing values), migrations-folder entries (names that are no
 * migration, folders, dangling links), and file bytes (not UTF-8). Each must be refused as bad input: exit 2, one
 * message without a stack trace, no fragment of the URL's password, and nothing applied to the database.
 */
class MigrateInputFuzzTest {
    private static final long SEED = Long.getLong("kei.fuzz.seed", 20261201L);
    private static final String PASSWORD = "QvWzJkX";

    @TempDir
    Path work;

    String sqlite() {
        return "sqlite:" + work.resolve("app.db");
    }

    @Test
    void badFlagsAreUsageErrors() throws Exception {
        Path dir = Files.createDirectories(work.resolve("m"));
        Files.writeString(dir.resolve("20260101000001_a.sql"), "CREATE TABLE a (id integer PRIMARY KEY);\n");
        SplittableRandom r = new SplittableRandom(SEED);
        Set<List<String>> cases = new LinkedHashSet<>();
        String[] verbs = {"status", "up", "down", "verify", "create"};
        String[] bad = {
            "--lock-timeout=",
            "--lock-timeout=2 s",
            "--lock-timeout=-1s",
            "--lock-timeout=2s'; DROP TABLE a; --",
            "--statement-timeout=forever",
            "--lock-wait=soon",
            "--lock-wait=-5",
            "--nope",
            "-x",
            "--dir=",
            "--database-url=",
            "--database-url=mysql://root:" + PASSWORD + "@h/db",
            "--verbose=maybe",
            "--json=1",
            "--dry-run=perhaps"
        };
        while (cases.size() < 150) {
            List<String> args = new ArrayList<>(List.of("--database-url", sqlite(), "--dir", dir.toString()));
            int flags = 1 + r.nextInt(2);
            for (int i = 0; i < flags; i++) {
                args.add(r.nextInt(2) == 0 ? 0 : args.size(), bad[r.nextInt(bad.length)]);
            }
            args.add(verbs[r.nextInt(verbs.length)]);
            if (r.nextInt(3) == 0) {
                args.add(List.of("0", "-1", "x", "1.5", "99999999999", "Add-Users", "../up")
                        .get(r.nextInt(7)));
            }
            cases.add(args);
        }
        List<String> failures = new ArrayList<>();
        for (List<String> args : cases) {
            check(args, failures);
        }
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases");
    }

    @Test
    void oddFolderEntriesStopTheCommandBeforeAnythingRuns() throws Exception {
        SplittableRandom r = new SplittableRandom(SEED + 1);
        String[] names = {
            "x.sql",
            "2026_x.sql",
            "20260101000002_X.sql",
            "20260101000002_x.SQL",
            "20260101000002-x.sql",
            "20260101000002_x.down.sql",
            "2026010100000_x.sql",
            "20260101000002_x y.sql",
            "20260101000002_.sql",
            "20260101000002_x.Sql",
            "20260101000001_a.sql"
        };
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Path dir = Files.createDirectories(work.resolve("f" + i));
            Files.writeString(dir.resolve("20260101000001_a.sql"), "CREATE TABLE a (id integer PRIMARY KEY);\n");
            String name = names[r.nextInt(names.length)];
            Path entry = dir.resolve(name.equals("20260101000001_a.sql") ? "20260101000001_b.sql" : name);
            switch (r.nextInt(3)) {
                case 0 -> Files.writeString(entry, "SELECT 1;\n");
                case 1 -> Files.createDirectories(dir.resolve("20260101000003_dir.sql"));
                default -> Files.createSymbolicLink(dir.resolve("20260101000004_gone.sql"), work.resolve("nowhere"));
            }
            Path db = work.resolve("f" + i + ".db");
            List<String> args = List.of("--database-url", "sqlite:" + db, "--dir", dir.toString(), "up");
            MigrateJvm.Run run = MigrateJvm.inProcess(args.toArray(String[]::new));
            if (run.exit() != 2 || stackTrace(run) || applied(db)) {
                failures.add(args + ": exit " + run.exit() + "\n" + run.err());
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of 120 cases");
    }

    @Test
    void fileBytesThatAreNotUtf8AreRefusedNamingTheFile() throws Exception {
        SplittableRandom r = new SplittableRandom(SEED + 2);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Path dir = Files.createDirectories(work.resolve("b" + i));
            byte[] sql =
                    "CREATE TABLE t (name text DEFAULT 'caf?');\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] bytes = new byte[sql.length + r.nextInt(8)];
            System.arraycopy(sql, 0, bytes, 0, sql.length);
            for (int k = sql.length; k < bytes.length; k++) {
                bytes[k] = (byte) r.nextInt(256);
            }
            int bad = r.nextInt(sql.length);
            bytes[bad] = (byte) (0x80 + r.nextInt(0x40)); // a continuation byte with no lead: never UTF-8
            Files.write(dir.resolve("20260101000001_t.sql"), bytes);
            Path db = work.resolve("b" + i + ".db");
            MigrateJvm.Run run = MigrateJvm.inProcess("--database-url", "sqlite:" + db, "--dir", dir.toString(), "up");
            if (run.exit() != 2 || stackTrace(run) || applied(db) || !run.err().contains("20260101000001_t.sql")) {
                failures.add("case " + i + ": exit " + run.exit() + "\n" + run.err());
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of 120 cases");
    }

    private void check(List<String> args, List<String> failures) throws Exception {
        MigrateJvm.Run run = MigrateJvm.inProcess(args.toArray(String[]::new));
        String shown = run.out() + run.err();
        boolean leak = false;
        for (int i = 0; i + 2 <= PASSWORD.length(); i++) {
            leak |= shown.contains(PASSWORD.substring(i, i + 2));
        }
        if (run.exit() != 2 || stackTrace(run) || leak || applied(work.resolve("app.db"))) {
            failures.add(args + ": exit " + run.exit() + (leak ? ", shows the password" : "") + "\n" + run.err());
        }
    }

    private static boolean stackTrace(MigrateJvm.Run run) {
        String shown = run.out() + run.err();
        return shown.contains("\tat ") || shown.contains("Exception");
    }

    /** Whether any migration reached the database (a user table or a history row). */
    private static boolean applied(Path db) throws Exception {
        if (!Files.exists(db)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                + " AND name NOT LIKE 'sqlite_%' AND name <> 'kei_schema_history'")) {
            rs.next();
            if (rs.getInt(1) > 0) {
                return true;
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'kei_schema_history'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return false;
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM kei_schema_history")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
