package dev.kei.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a {@code kei-migrate up} (a JVM of its own) on the persistent embedded PostgreSQL under {@code .kei/}
 * leaves its server running on the data folder, as no shutdown hook runs; the next {@code up} must find that orphan
 * (its {@code postmaster.pid}), stop it and start its own server, instead of waiting 10 s and giving up.
 */
@Tag("slow")
class OrphanedEmbeddedServerTest {
    @TempDir
    Path work;

    @AfterEach
    void stopAnyServerLeftBehind() throws Exception {
        serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy); // SIGTERM: a smart shutdown
    }

    private Optional<Long> serverPid() throws Exception {
        Path pidFile = work.resolve(".kei/postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty()
                ? Optional.empty()
                : Optional.of(Long.parseLong(lines.get(0).strip()));
    }

    private ProcessBuilder up() throws Exception {
        ProcessBuilder pb = MigrateJvm.process("--dir", "m", "up").directory(work.toFile());
        pb.environment().remove("DATABASE_URL");
        return pb;
    }

    @Test
    void anUpKilledWhileTheEmbeddedServerRunsDoesNotBlockTheNextUp() throws Exception {
        Path m = Files.createDirectories(work.resolve("m"));
        Files.writeString(m.resolve("20260101000001_a.sql"), "CREATE TABLE a (id integer PRIMARY KEY);\n");
        Files.writeString(m.resolve("20260101000002_slow.sql"), "SELECT pg_sleep(120);\n");

        Process first = up().redirectErrorStream(true).start();
        StringBuffer log = new StringBuffer();
        CountDownLatch sleeping = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    log.append(line).append('\n');
                    if (line.contains("20260101000002_slow")) {
                        sleeping.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                log.append("(output ended: ").append(e.getMessage()).append(")\n");
            }
            sleeping.countDown(); // the run ended without reaching the slow file: fail now, not in two minutes
        });
        reader.setDaemon(true);
        reader.start();
        assertTrue(
                sleeping.await(120, TimeUnit.SECONDS) && first.isAlive(), "the slow migration never started\n" + log);
        first.destroyForcibly().waitFor(); // SIGKILL: the JVM's shutdown hook that stops the server never runs
        long orphan = serverPid().orElseThrow();
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "no orphaned server\n" + log);

        Files.writeString(m.resolve("20260101000002_slow.sql"), "CREATE TABLE b (id integer PRIMARY KEY);\n");
        long started = System.nanoTime();
        Path out = work.resolve("second.txt");
        Process second =
                up().redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the second up did not end");
        long millis = (System.nanoTime() - started) / 1_000_000;
        String secondLog = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, second.exitValue(), secondLog + "\n--- killed run\n" + log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); // stopped, then reaped by init
        while (ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan still runs");
        assertTrue(secondLog.contains("20260101000002_slow"), secondLog);
        assertFalse(secondLog.contains("Gave up waiting"), secondLog);
        System.out.printf("OrphanedEmbeddedServerTest: the up after the kill took %d ms%n", millis);
        assertTrue(millis < 10_000, "the up after the kill took " + millis + " ms\n" + secondLog);
    }
}
