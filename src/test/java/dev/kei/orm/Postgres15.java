package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kei.migrate.MigrateException;
import dev.kei.migrate.PostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * An embedded PostgreSQL (io.zonky) running this machine's PostgreSQL 15 programs, so that its {@code pg_dump} (15,
 * which refuses a newer server such as the embedded 16 the other tests use) can dump what a test applied. The
 * programs are packed once into the archive layout zonky extracts ({@code target/pg15/postgres-15.txz}: bin/ and
 * lib/; share/ is found at its installed path). Without them the test is skipped, unless {@code CI} is set.
 */
final class Postgres15 implements AutoCloseable {
    static final Path INSTALL = Path.of("/usr/lib/postgresql/15");
    static final Path PG_DUMP = INSTALL.resolve("bin/pg_dump");
    private static final Path ARCHIVE = Path.of("target/pg15/postgres-15.txz").toAbsolutePath();

    private final EmbeddedPostgres server;
    private int databases;

    private Postgres15(EmbeddedPostgres server) {
        this.server = server;
    }

    static Postgres15 start() throws IOException, MigrateException {
        if (!Files.isExecutable(PG_DUMP) || !Files.isExecutable(INSTALL.resolve("bin/postgres"))) {
            if (System.getenv("CI") != null) {
                fail(INSTALL + " holds no PostgreSQL 15 server and pg_dump, and CI is set: .ci/run installs them");
            }
            Assumptions.assumeTrue(false, "no PostgreSQL 15 under " + INSTALL + ": pg_dump cannot check the catalogue");
        }
        pack();
        // the Debian build's socket folder (/var/run/postgresql) is not the embedded server's to write: TCP only
        return new Postgres15(PostgresBinaries.start(builder -> builder.setServerConfig("unix_socket_directories", "")
                .setPgBinaryResolver((system, machine) -> Files.newInputStream(ARCHIVE))));
    }

    /** A new, empty database's name. */
    synchronized String create() throws SQLException {
        String name = "orm" + (++databases);
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** Runs {@code script} (statements separated by semicolons) in database {@code name}, in one transaction. */
    void apply(String name, String script) throws SQLException {
        try (Connection c = server.getDatabase("postgres", name).getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(script);
            c.commit();
        }
    }

    Connection connect(String name) throws SQLException {
        return server.getDatabase("postgres", name).getConnection();
    }

    /** {@code pg_dump --schema-only} of database {@code name}, without owners and privileges. */
    String dump(String name) throws IOException, InterruptedException {
        NodeTools.Run run = NodeTools.run(
                List.of(
                        PG_DUMP.toString(),
                        "--schema-only",
                        "--no-owner",
                        "--no-privileges",
                        "-h",
                        "localhost",
                        "-p",
                        Integer.toString(server.getPort()),
                        "-U",
                        "postgres",
                        name),
                Path.of("."));
        assertEquals(0, run.exit(), "pg_dump " + name + ": " + run.out());
        return run.out();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Packs bin/ and lib/ of the installation as zonky's .txz, once (the same bytes each time: no time stamps). */
    private static synchronized void pack() throws IOException {
        if (Files.isRegularFile(ARCHIVE)) {
            return;
        }
        Files.createDirectories(ARCHIVE.getParent());
        Path partial = ARCHIVE.resolveSibling("postgres-15.txz.partial");
        try (OutputStream file = Files.newOutputStream(partial);
                XZOutputStream xz = new XZOutputStream(file, new LZMA2Options(0));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (String folder : List.of("bin", "lib")) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(INSTALL.resolve(folder))) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path p : files) {
                    TarArchiveEntry entry =
                            new TarArchiveEntry(INSTALL.relativize(p).toString());
                    entry.setSize(Files.size(p));
                    entry.setMode(mode(Files.getPosixFilePermissions(p)));
                    entry.setModTime(0);
                    tar.putArchiveEntry(entry);
                    Files.copy(p, tar);
                    tar.closeArchiveEntry();
                }
            }
        }
        Files.move(partial, ARCHIVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int mode(Set<PosixFilePermission> permissions) {
        int mode = 0100000;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }
}
