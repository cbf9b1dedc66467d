package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 21: {@code CREATE INDEX CONCURRENTLY "users_email_idx" ON ...} (quoted, as ORMs write it; also after
 * IF NOT EXISTS and schema-qualified) names its index: it is not refused as unnamed, an INVALID index it left is
 * found by its unquoted name and rebuilt, and a resumed {@code DROP INDEX CONCURRENTLY} of a quoted or qualified
 * name checks that very index.
 */
@PostgresTest
class QuotedConcurrentIndexTest {
    @TempDir
    Path work;

    Path dir;
    String url;

    @BeforeEach
    void database(PostgresDatabases databases) throws Exception {
        dir = work.resolve("m");
        Files.createDirectories(dir);
        url = databases.create().url();
    }

    private static SqlStatement statement(String sql) {
        return ScriptSplitter.split(sql).get(0);
    }

    private MigrateJvm.Run up() {
        return MigrateJvm.inProcess("--database-url", url, "--dir", dir.toString(), "up");
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void quotedAndQualifiedIndexNamesAreReadAsPostgresqlReadsThem() {
        assertEquals(
                new IndexName(null, "users_email_idx"),
                statement("CREATE INDEX CONCURRENTLY \"users_email_idx\" ON users (email)")
                        .concurrentIndex());
        assertEquals(
                new IndexName("public", "Users \"Email\" Idx"),
                statement("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Users \"\"Email\"\" Idx\" ON"
                                + " \"public\".\"users\" (email)")
                        .concurrentIndex());
        assertEquals(
                new IndexName("audit", "idx_a"),
                statement("create index concurrently Idx_A /* why */ on -- the table\n only Audit.t (v)")
                        .concurrentIndex());
        assertEquals(
                new IndexName(null, "on"),
                statement("CREATE INDEX CONCURRENTLY \"on\" ON t (v)").concurrentIndex());
        assertEquals(
                "x",
                statement("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"x\" ON t (v)")
                        .concurrentIndexName());
        assertTrue(statement("CREATE INDEX CONCURRENTLY ON t (v)").unnamedConcurrentBuild());
        assertTrue(statement("CREATE INDEX CONCURRENTLY IF NOT EXISTS ON t (v)").unnamedConcurrentBuild());
        assertFalse(statement("CREATE INDEX CONCURRENTLY \"users_email_idx\" ON users (email)")
                .unnamedConcurrentBuild());
        assertFalse(statement("CREATE INDEX CONCURRENTLY IF NOT EXISTS \"x\" ON t (v)")
                .unnamedConcurrentBuild());

        assertEquals(
                new IndexName("public", "Ix"),
                statement("DROP INDEX CONCURRENTLY \"public\".\"Ix\"").concurrentlyDroppedIndex());
        assertEquals(
                new IndexName("public", "ix"),
                statement("DROP INDEX CONCURRENTLY public.IX CASCADE").concurrentlyDroppedIndex());
        assertNull(statement("DROP INDEX CONCURRENTLY IF EXISTS \"Ix\"").concurrentlyDroppedIndex());
        assertEquals("\"a\"\"b\".\"c\"", new IndexName("a\"b", "c").quoted());
    }

    @Test
    void aQuotedConcurrentIndexBuildIsNotRefusedAsUnnamed() throws Exception {
        Files.writeString(dir.resolve("20260101000001_users.sql"), "CREATE TABLE users (email text);\n");
        Files.writeString(
                dir.resolve("20260101000002_idx.sql"),
                "CREATE INDEX CONCURRENTLY \"users_email_idx\" ON users (email);\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Users_Lower\" ON \"public\".\"users\""
                        + " (lower(email));\n");
        MigrateJvm.Run up = up();
        assertEquals(0, up.exit(), up.toString());
        assertEquals(
                List.of("Users_Lower", "users_email_idx"),
                strings("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY indexname"));
    }

    @Test
    void anInvalidIndexWithAQuotedMixedCaseNameIsDroppedAndRebuilt() throws Exception {
        Files.writeString(
                dir.resolve("20260101000001_users.sql"),
                "CREATE TABLE users (email text);\nINSERT INTO users VALUES ('a'), ('a');\n");
        Files.writeString(
                dir.resolve("20260101000002_idx.sql"),
                "CREATE UNIQUE INDEX CONCURRENTLY \"Users_Email_Idx\" ON \"public\".users (email);\n");
        MigrateJvm.Run failed = up();
        assertEquals(1, failed.exit(), failed.toString());
        assertEquals(
                List.of("f"),
                strings("SELECT i.indisvalid FROM pg_index i JOIN pg_class k ON k.oid ="
                        + " i.indexrelid WHERE k.relname = 'Users_Email_Idx'"),
                "the failed build left an INVALID index");
        execute("DELETE FROM users WHERE ctid <> (SELECT min(ctid) FROM users)");

        MigrateJvm.Run resumed = up();

        assertEquals(0, resumed.exit(), resumed.toString());
        assertTrue(resumed.err().contains("index public.Users_Email_Idx is INVALID"), resumed.err());
        assertEquals(
                List.of("t"),
                strings("SELECT i.indisvalid FROM pg_index i JOIN pg_class k ON k.oid ="
                        + " i.indexrelid WHERE k.relname = 'Users_Email_Idx'"));
    }

    @Test
    void aResumedDropOfAQuotedIndexThatIsAlreadyGoneIsNotRepeated() throws Exception {
        Files.writeString(dir.resolve("20260101000001_users.sql"), "CREATE TABLE users (email text);\n");
        Files.writeString(dir.resolve("20260101000002_drop.sql"), "DROP INDEX CONCURRENTLY \"Users_Email_Idx\";\n");
        assertEquals(1, up().exit(), "the index is not there: the drop fails and the file stays failed");

        MigrateJvm.Run resumed = up();

        assertEquals(0, resumed.exit(), "resuming, a drop whose index is gone already finished: " + resumed);
    }

    @Test
    void aResumedDropOfASchemaQualifiedIndexDropsThatIndex() throws Exception {
        Files.writeString(dir.resolve("20260101000001_users.sql"), "CREATE TABLE users (email text);\n");
        Files.writeString(dir.resolve("20260101000002_drop.sql"), "DROP INDEX CONCURRENTLY public.ix_email;\n");
        assertEquals(1, up().exit());
        execute("CREATE INDEX ix_email ON users (email)");

        MigrateJvm.Run resumed = up();

        assertEquals(0, resumed.exit(), resumed.toString());
        assertEquals(
                List.of(),
                strings("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_email'"),
                "the drop ran: its index was looked up as public.ix_email, not as an index named public");
    }
}
