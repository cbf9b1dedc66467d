package dev.kei.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway MariaDB server for the MySQL DDL tests: an empty data directory in a temporary folder, a unix socket,
 * no networking and no grant tables (nothing to log in to), driven through the {@code mariadb} command-line client,
 * which stops at the first failing statement as a person's client would. The binaries come from Debian's
 * {@code mariadb-server} package ({@code /usr/sbin/mariadbd}, {@code /usr/bin/mariadb}) or the PATH.
 */
public final class MariaDbServer implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 60_000;

    private final Path dir;
    private final Path socket;
    private final Path client;
    private final Process process;
    private int scripts;

    /** What one client run printed and how it ended. */
    public record Result(int exitCode, String out, String err) {}

    private MariaDbServer(Path dir, Path client, Process process) {
        this.dir = dir;
        this.socket = dir.resolve("mysqld.sock");
        this.client = client;
        this.process = process;
    }

    static Optional<Path> serverBinary() {
        return find(List.of("/usr/sbin/mariadbd", "/usr/sbin/mysqld"), List.of("mariadbd", "mysqld"));
    }

    static Optional<Path> clientBinary() {
        return find(List.of("/usr/bin/mariadb", "/usr/bin/mysql"), List.of("mariadb", "mysql"));
    }

    public static boolean installed() {
        return serverBinary().isPresent() && clientBinary().isPresent();
    }

    public static MariaDbServer start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(scratchRoot(), "kei-mariadb-");
        Path data = Files.createDirectory(dir.resolve("data"));
        List<String> command = new ArrayList<>(List.of(
                serverBinary().orElseThrow().toString(),
                "--no-defaults",
                "--datadir=" + data,
                "--socket=" + dir.resolve("mysqld.sock"),
                "--pid-file=" + dir.resolve("mysqld.pid"),
                "--log-error=" + dir.resolve("error.log"),
                "--tmpdir=" + dir,
                "--skip-networking",
                "--skip-grant-tables",
                "--skip-log-bin",
                "--character-set-server=utf8mb4",
                "--innodb-buffer-pool-size=32M",
                "--innodb-log-file-size=16M",
                "--innodb-use-native-aio=0",
                // a throwaway server: durability only costs time (DDL fsyncs a file per table otherwise)
                "--innodb-flush-method=nosync",
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0",
                "--innodb-file-per-table=0"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses to run as root unless told to
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.out").toFile())
                .start();
        MariaDbServer server = new MariaDbServer(dir, clientBinary().orElseThrow(), process);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mariadbd exited with " + process.exitValue() + ":\n" + log());
            }
            if (Files.exists(socket) && run(null, "SELECT 1").exitCode() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IOException("mariadbd did not answer within " + START_TIMEOUT_MS + " ms:\n" + log());
    }

    /** Runs {@code sql} as a file through the client in {@code database} (none if null). */
    public Result run(String database, String sql) throws IOException, InterruptedException {
        int n = ++scripts;
        Path in = dir.resolve("script-" + n + ".sql");
        Path out = dir.resolve("script-" + n + ".out");
        Path err = dir.resolve("script-" + n + ".err");
        Files.writeString(in, sql);
        List<String> command = new ArrayList<>(List.of(
                client.toString(),
                "--no-defaults",
                "--socket=" + socket,
                "--user=root",
                "--default-character-set=utf8mb4",
                "--batch",
                "--raw",
                "--skip-column-names"));
        if (database != null) {
            command.add(database);
        }
        Process p = new ProcessBuilder(command)
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the mariadb client did not finish " + in);
        }
        Result result = new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(in);
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Runs {@code sql} and fails with the client's message unless it succeeds. */
    public Result require(String database, String sql) throws IOException, InterruptedException {
        Result r = run(database, sql);
        if (r.exitCode() != 0) {
            throw new AssertionError("mariadb failed (" + r.exitCode() + "): " + r.err());
        }
        return r;
    }

    /** The first column of every row of a query, in order. */
    public Set<String> strings(String database, String query) throws IOException, InterruptedException {
        Set<String> rows = new LinkedHashSet<>();
        for (String line : require(database, query).out().split("\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split("\t", -1)[0]);
            }
        }
        return rows;
    }

    private String log() throws IOException {
        Path log = dir.resolve("error.log");
        Path out = dir.resolve("server.out");
        return (Files.exists(log) ? Files.readString(log) : "") + (Files.exists(out) ? Files.readString(out) : "");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy(); // SIGTERM: a clean shutdown
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** /dev/shm where there is one: on tmpfs the server's many fsyncs per DDL statement cost nothing. */
    private static Path scratchRoot() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Optional<Path> find(List<String> paths, List<String> names) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        String pathVariable = System.getenv("PATH");
        for (String entry : pathVariable == null ? new String[0] : pathVariable.split(java.io.File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
