package dev.kei.migrate;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server a killed kei-migrate left running on the persistent embedded data folder: kill -9 runs no shutdown
 * hook, so its postmaster keeps the folder ({@code postmaster.pid}) and a new server cannot start on it. It is
 * stopped ({@code pg_ctl stop -m fast}, in-flight work rolls back) only when {@code postmaster.pid} names a live
 * {@code postgres} run from the private programs folder on this very data folder; anything else is left alone and
 * named. Called while holding the data folder's lock, so no live kei-migrate owns that server.
 */
final class OrphanedServer {
    private OrphanedServer() {}

    /** Stops the orphan on {@code dataDir}, if there is one; {@code binaries} is the checked programs folder. */
    static void stopIfAny(Path dataDir, Path binaries, PrintStream notes) throws IOException, MigrateException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process =
                lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,10}")
                        ? Optional.empty()
                        : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isEmpty() || !process.get().isAlive()) {
            return; // a stale file: PostgreSQL itself replaces it when its process is gone
        }
        long pid = process.get().pid();
        Optional<Path> program = process.get().info().command().map(Path::of);
        boolean ours = program.isPresent()
                && program.get().getFileName().toString().equals("postgres")
                && program.get().startsWith(binaries.toRealPath())
                && lines.size() > 1
                && sameFolder(Path.of(lines.get(1).strip()), dataDir);
        if (!ours) {
            throw MigrateException.failure(
                    "The embedded PostgreSQL's data folder " + dataDir + " is in use by process " + pid
                            + ", which is not a server kei started on it.",
                    "Stop that process (or, if no server runs on the folder, remove " + pidFile
                            + "), then run the command again.");
        }
        notes.println("Stopping the embedded PostgreSQL (pid " + pid + ") that an interrupted kei-migrate left"
                + " running on " + dataDir + ".");
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as the library runs it: pg_ctl refuses to run as root
        }
        command.addAll(List.of(
                program.get().resolveSibling("pg_ctl").toString(),
                "-D",
                dataDir.toString(),
                "stop",
                "-m",
                "fast",
                "-w",
                "-t",
                "30"));
        Process stop = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!stop.waitFor(60, TimeUnit.SECONDS) || stop.exitValue() != 0) {
                stop.destroyForcibly();
                throw MigrateException.failure(
                        "Could not stop the embedded PostgreSQL (pid " + pid + ") left running on " + dataDir + ".",
                        "Stop process " + pid + ", then run the command again.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the orphaned embedded PostgreSQL", e);
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
