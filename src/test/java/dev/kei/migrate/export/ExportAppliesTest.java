package dev.kei.migrate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kei.db.Database;
import dev.kei.io.Json;
import dev.kei.migrate.CatalogSnapshot;
import dev.kei.migrate.MigrationDirectory;
import dev.kei.migrate.Settings;
import dev.kei.support.CliRun;
import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports applied by the runners themselves to a real PostgreSQL reach the catalogue kei-migrate up reaches:
 * Flyway (in-process, test scope) and dbmate (the npm package's binary at {@link #DBMATE_VERSION}, which .ci/run
 * installs into target/dbmate and the test installs there when it is missing: under CI a dbmate that cannot be
 * installed fails the test, elsewhere it skips it).
 */
@PostgresTest
class ExportAppliesTest {
    static final Path MIGRATIONS = ExportGoldenTest.MIGRATIONS;
    /** The one place the version is pinned: .ci/run reads it from this line. */
    static final String DBMATE_VERSION = "2.36.0";

    static final Path PREFIX = Path.of("target/dbmate");

    @TempDir
    Path work;

    @Test
    void flywayAppliesItsExportToTheCatalogueKeiMigrateReaches(PostgresDatabases databases) throws Exception {
        List<String> expected = keiUp(databases);
        PostgresDatabases.Database db = databases.create();
        Path out = export("flyway");
        FluentConfiguration config =
                Flyway.configure().dataSource(db.url(), null, null).locations("filesystem:" + out.toAbsolutePath());
        // as the export's note says: Flyway's default lock is a transaction, which CONCURRENTLY would wait for
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        new Flyway(config).migrate();
        assertEquals(String.join("\n", expected), String.join("\n", catalogue(db, "flyway_schema_history")));
    }

    @Test
    void dbmateAppliesItsExportToTheCatalogueKeiMigrateReaches(PostgresDatabases databases) throws Exception {
        installDbmate();
        List<String> expected = keiUp(databases);
        PostgresDatabases.Database db = databases.create();
        Path out = export("dbmate");
        String log = dbmate(db, out, "up", 0);
        assertEquals(String.join("\n", expected), String.join("\n", catalogue(db, "schema_migrations")), log);

        // the contract step's down is IRREVERSIBLE: the exported down raises, and nothing changes
        String refused = dbmate(db, out, "rollback", 2);
        assertTrue(refused.contains("cannot be reverted (its down is marked IRREVERSIBLE)"), refused);
        assertEquals(String.join("\n", expected), String.join("\n", catalogue(db, "schema_migrations")));
        assertEquals(
                List.of("20260105000000"),
                db.strings("SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1"),
                "the refused down is still recorded as applied");
    }

    private static String dbmate(PostgresDatabases.Database db, Path out, String verb, int exit) throws Exception {
        Process p = new ProcessBuilder(
                        dbmateBinary().orElseThrow().toAbsolutePath().toString(),
                        "--url",
                        postgresUrl(db.url()),
                        "--migrations-dir",
                        out.toAbsolutePath().toString(),
                        "--no-dump-schema",
                        verb)
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dbmate did not finish");
        assertEquals(exit, p.exitValue(), log);
        return log;
    }

    private List<String> keiUp(PostgresDatabases databases) throws Exception {
        PostgresDatabases.Database db = databases.create();
        CliRun r = CliRun.migrate("--database-url", db.url(), "--dir", MIGRATIONS.toString(), "up", "--contract");
        assertEquals(0, r.exitCode(), r.toString());
        return catalogue(db, "kei_schema_history");
    }

    private Path export(String tool) throws Exception {
        Path out = work.resolve(tool);
        Exporter.export(
                MigrationDirectory.read(MIGRATIONS),
                ExportLayout.named(tool).orElseThrow(),
                Timeouts.of(Settings.defaults()),
                MIGRATIONS,
                out);
        return out;
    }

    /** The catalogue with the runner's own history table left out, and the functions and triggers, which it omits. */
    private static List<String> catalogue(PostgresDatabases.Database db, String history) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (String l : CatalogSnapshot.of(c, Database.POSTGRESQL.runtime().orElseThrow())
                    .lines()) {
                if (!l.contains(history)) {
                    lines.add(l);
                }
            }
        }
        lines.addAll(db.strings("SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
                + " ORDER BY 1"));
        lines.addAll(db.strings("SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"));
        lines.addAll(db.strings("SELECT 'index valid ' || indexrelid::regclass || ' ' || indisvalid FROM pg_index"
                + " WHERE indrelid = 'users'::regclass ORDER BY 1"));
        return lines;
    }

    /** jdbc:postgresql://host:port/db?user=u&password=p as dbmate's postgres://u:p@host:port/db?sslmode=disable. */
    static String postgresUrl(String jdbc) {
        java.net.URI u = java.net.URI.create(jdbc.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (u.getQuery() != null) {
            for (String kv : u.getQuery().split("&")) {
                String[] p = kv.split("=", 2);
                if (p[0].equals("user")) {
                    user = p[1];
                } else if (p[0].equals("password")) {
                    password = ":" + p[1];
                }
            }
        }
        return "postgres://" + user + password + "@" + u.getHost() + ":" + u.getPort() + u.getPath()
                + "?sslmode=disable";
    }

    /**
     * Installs dbmate at {@link #DBMATE_VERSION} into {@link #PREFIX} unless it is there; when that fails, fails under
     * CI (.ci/run should have installed it) and skips elsewhere.
     */
    private static void installDbmate() throws Exception {
        if (installedVersion().equals(DBMATE_VERSION) && dbmateBinary().isPresent()) {
            return;
        }
        String log;
        try {
            Files.createDirectories(PREFIX);
            Process p = new ProcessBuilder(
                            "npm",
                            "install",
                            "--prefix",
                            PREFIX.toString(),
                            "--no-audit",
                            "--no-fund",
                            "--include=optional",
                            "dbmate@" + DBMATE_VERSION)
                    .redirectErrorStream(true)
                    .start();
            log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                log += "\n(npm install took longer than 180 s)";
            }
        } catch (java.io.IOException e) {
            log = "npm cannot run: " + e.getMessage();
        }
        if (installedVersion().equals(DBMATE_VERSION) && dbmateBinary().isPresent()) {
            return;
        }
        String why = "dbmate " + DBMATE_VERSION + " could not be installed into " + PREFIX + ":\n" + log;
        if (System.getenv("CI") != null) {
            fail(why + "\nCI is set: .ci/run should have installed it (npm install --prefix " + PREFIX + " dbmate@"
                    + DBMATE_VERSION + ")");
        }
        Assumptions.assumeTrue(false, why);
    }

    /** The version of the dbmate package in {@link #PREFIX}, or "" when there is none. */
    private static String installedVersion() throws Exception {
        Path manifest = PREFIX.resolve("node_modules/dbmate/package.json");
        return Files.isRegularFile(manifest)
                ? Json.parse(Files.readString(manifest)).path("version").asText("")
                : "";
    }

    /** dbmate's Go binary, from the platform package npm picked ({@code @dbmate/linux-x64}, ...). */
    private static Optional<Path> dbmateBinary() throws Exception {
        Path platforms = PREFIX.resolve("node_modules/@dbmate");
        if (!Files.isDirectory(platforms)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(platforms)) {
            return s.map(d -> d.resolve("bin/dbmate"))
                    .filter(Files::isExecutable)
                    .sorted()
                    .findFirst();
        }
    }
}
