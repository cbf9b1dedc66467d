package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.PostgresDatabases;
import dev.kei.support.PostgresTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 9: a migration file that is not UTF-8 is refused (exit 2) naming the file and the byte offset of
 * its first bad byte, instead of being applied with U+FFFD in the data; a UTF-8 byte order mark and CRLF line ends
 * are no drift (the checksum is taken over the text with both normalised, as Flyway does), while the checksum of a
 * plain LF file stays the SHA-256 of its bytes, as history tables already hold it.
 */
@PostgresTest
class MigrationEncodingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path work;

    private Path dir;

    private String url(String kind, PostgresDatabases databases) throws Exception {
        dir = work.resolve("m");
        Files.createDirectories(dir);
        return kind.equals("sqlite")
                ? "sqlite:" + work.resolve("app.db")
                : databases.create().url();
    }

    private MigrateJvm.Run migrate(String url, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--database-url", url, "--dir", dir.toString()}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return MigrateJvm.inProcess(all);
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url.startsWith("sqlite:") ? "jdbc:" + url : url);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aLatin1FileIsRefusedNamingTheByteOffsetNotAppliedWithReplacementCharacters(
            String kind, PostgresDatabases databases) throws Exception {
        String url = url(kind, databases);
        Files.writeString(dir.resolve("20260101000001_t.sql"), "CREATE TABLE t (v text);\n");
        assertEquals(0, migrate(url, "up").exit());
        String head = "INSERT INTO t VALUES ('caf";
        Files.write(
                dir.resolve("20260101000002_cafe.sql"),
                concat(head.getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9}, "');\n".getBytes()));

        MigrateJvm.Run up = migrate(url, "up");

        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("20260101000002_cafe.sql is not valid UTF-8"), up.err());
        assertTrue(up.err().contains("byte offset " + head.length() + " (line 1)"), up.err());
        assertFalse(up.err().contains("Exception"), up.err());
        try (Connection c = connect(url);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing was inserted");
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + HistoryTable.NAME)) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the file was not recorded");
            }
        }
    }

    @Test
    void aLatin1DownFileIsRefusedToo(PostgresDatabases databases) throws Exception {
        String url = url("sqlite", databases);
        Files.writeString(dir.resolve("20260101000001_t.sql"), "CREATE TABLE t (v text);\n");
        Files.write(
                dir.resolve("20260101000001_t.down.sql"),
                concat(
                        "-- line one\n-- na".getBytes(),
                        new byte[] {(byte) 0xEF, 'v'},
                        "e\nDROP TABLE t;\n".getBytes()));
        MigrateJvm.Run up = migrate(url, "up");
        assertEquals(2, up.exit(), up.toString());
        assertTrue(up.err().contains("20260101000001_t.down.sql is not valid UTF-8"), up.err());
        assertTrue(up.err().contains("byte offset 17 (line 2)"), up.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aByteOrderMarkOrCrlfLineEndsAreNoDrift(String kind, PostgresDatabases databases) throws Exception {
        String url = url(kind, databases);
        String lf = "CREATE TABLE t (v text);\nINSERT INTO t VALUES ('café');\n";
        Path file = dir.resolve("20260101000001_t.sql");
        Files.writeString(file, lf);
        assertEquals(0, migrate(url, "up").exit());

        for (byte[] edit : List.of(
                concat(BOM, lf.getBytes(StandardCharsets.UTF_8)),
                lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
                concat(BOM, lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))) {
            Files.write(file, edit);
            MigrateJvm.Run status = migrate(url, "status");
            assertTrue(status.out().contains("1 applied, 0 pending, 0 failed, 0 drifted"), status.toString());
            assertEquals(0, migrate(url, "up").exit());
        }
        Files.writeString(file, lf.replace("café", "cafe"));
        assertTrue(migrate(url, "status").out().contains("1 drifted"), "a real edit is still drift");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aFileWithABomAndCrlfAppliesAsItsText(String kind, PostgresDatabases databases) throws Exception {
        String url = url(kind, databases);
        Files.write(
                dir.resolve("20260101000001_t.sql"),
                concat(
                        BOM,
                        "-- kei:no-transaction\r\nCREATE TABLE t (v text);\r\nINSERT INTO t VALUES ('é');\r\n"
                                .getBytes(StandardCharsets.UTF_8)));
        MigrateJvm.Run up = migrate(url, "up", "--dry-run");
        assertTrue(up.out().contains("statement by statement"), "the marker on the first line is seen: " + up);
        assertEquals(0, migrate(url, "up").exit());
        try (Connection c = connect(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v FROM t")) {
            rs.next();
            assertEquals("é", rs.getString(1));
        }
    }

    @Test
    void theChecksumOfAPlainLfFileIsStillTheSha256OfItsBytes(PostgresDatabases databases) throws Exception {
        url("sqlite", databases);
        byte[] bytes = "CREATE TABLE t (v text);\nINSERT INTO t VALUES ('café');\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("20260101000001_t.sql"), bytes);
        MigrationFile m = MigrationDirectory.read(dir).get(0);
        assertEquals(MigrationText.sha256(bytes), m.checksum());
        assertEquals(
                "56d812038838fdf440d724dd7307ee5989d41e2f9b7634b5cc01100191b768e4",
                m.checksum(),
                "as history tables in the wild hold it");
    }

    @Test
    void aCrlfFileRecordedByAnOlderKeiIsNoDrift(PostgresDatabases databases) throws Exception {
        String url = url("sqlite", databases);
        byte[] crlf = "CREATE TABLE t (v text);\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("20260101000001_t.sql"), crlf);
        assertEquals(0, migrate(url, "up").exit());
        try (Connection c = connect(url);
                Statement s = c.createStatement()) {
            // what kei-migrate recorded before it normalised line ends: the SHA-256 of the file's bytes
            s.executeUpdate("UPDATE " + HistoryTable.NAME + " SET checksum = '" + MigrationText.sha256(crlf) + "'");
        }
        MigrateJvm.Run status = migrate(url, "status");
        assertTrue(status.out().contains("1 applied, 0 pending, 0 failed, 0 drifted"), status.toString());
    }
}
