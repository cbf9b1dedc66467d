package dev.kei.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's own PostgreSQL (Debian's {@code postgresql-NN}, which .ci/run installs), started once per test JVM
 * in a throwaway cluster, for the tests that need {@code pg_dump}: the embedded server ships none, and a pg_dump
 * older than the server refuses to dump it, so both come from the one installation. Run as the {@code postgres}
 * user when the tests run as root (initdb refuses root). Missing, it fails the test under CI and skips it elsewhere.
 */
public final class SystemPostgres {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static SystemPostgres started;

    private final Path bin;
    private final int port;

    private SystemPostgres(Path bin, int port) {
        this.bin = bin;
        this.port = port;
    }

    /** The one server of this JVM, started on first use. */
    public static synchronized SystemPostgres get() throws Exception {
        if (started == null) {
            started = start();
        }
        return started;
    }

    /** A new empty database: its JDBC URL. */
    public String create() throws SQLException {
        String name = "diff" + NAMES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"));
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** {@code pg_dump --schema-only} of the database {@code url} names. */
    public String dumpSchema(String url) throws Exception {
        String db = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        // a fixed key: pg_dump 15.14+ writes a random \restrict line otherwise, and two dumps would never match
        return run(List.of(
                bin.resolve("pg_dump").toString(),
                "--schema-only",
                "--restrict-key=kei",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                db));
    }

    private String url(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db + "?user=postgres";
    }

    private static SystemPostgres start() throws Exception {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("kei-system-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        Path data = dir.resolve("data");
        run(asServer(
                root,
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync"));
        run(asServer(
                root,
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("log").toString(),
                "-w",
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -F",
                "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asServer(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                run(List.of("rm", "-rf", dir.toString()));
            } catch (Exception e) {
                // the JVM is ending: a server left running dies with the machine's next clean-up
            }
        }));
        return new SystemPostgres(bin, port);
    }

    private static List<String> asServer(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    /** The newest installed PostgreSQL's bin folder that has a server and pg_dump. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("postgres"))
                                && Files.isExecutable(b.resolve("pg_dump"))
                                && Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing((Path b) ->
                                Integer.parseInt(b.getParent().getFileName().toString())))
                        .forEach(found::add);
            }
        }
        if (found.isEmpty()) {
            String why = "no PostgreSQL server with pg_dump under /usr/lib/postgresql (apt-get install postgresql)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why + ": .ci/run installs it");
            }
            Assumptions.abort(why);
        }
        return found.get(found.size() - 1);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
