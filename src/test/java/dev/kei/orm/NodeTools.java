package dev.kei.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The ORMs' own checkers, at the versions pinned here, installed with npm into {@code target/orm-tools} (once; again
 * when a version changes): drizzle-kit with drizzle-orm, TypeScript, and {@code @prisma/prisma-schema-wasm} (the Prisma schema
 * engine Prisma 7.9's CLI bundles; the CLI's native engines cannot be downloaded here). Without npm the tests that
 * need them are skipped, unless the environment variable {@code CI} is set: then they fail ({@code .ci/run} installs
 * the same versions first).
 */
final class NodeTools {
    static final String DRIZZLE_KIT = "0.31.11";
    static final String DRIZZLE_ORM = "0.45.4";
    /** tsc type-checks every schema.ts in strict mode (esbuild, which drizzle-kit loads it with, checks no types). */
    static final String TYPESCRIPT = "5.9.3";
    /** The engines of Prisma 7.9.1 ({@code @prisma/engines-version} 7.9.0-1.e922089b...). */
    static final String PRISMA_SCHEMA_WASM = "7.9.0-1.e922089b7d7502aff4249d5da3420f6fa55fc6ad";

    static final Path HOME = Path.of("target/orm-tools").toAbsolutePath();
    static final Map<String, String> PACKAGES = Map.of(
            "drizzle-kit",
            DRIZZLE_KIT,
            "drizzle-orm",
            DRIZZLE_ORM,
            "typescript",
            TYPESCRIPT,
            "@prisma/prisma-schema-wasm",
            PRISMA_SCHEMA_WASM);

    record Run(int exit, String out) {}

    private NodeTools() {}

    /** Installs the pinned packages unless they are there; skips (or, under CI, fails) without npm. */
    static synchronized void install() throws IOException, InterruptedException {
        if (installed()) {
            return;
        }
        Run npm;
        try {
            npm = run(List.of("npm", "--version"), HOME.getParent());
        } catch (IOException e) {
            npm = new Run(127, e.getMessage());
        }
        if (npm.exit() != 0) {
            if (System.getenv("CI") != null) {
                fail("npm is not on the PATH, and CI is set: .ci/run should have installed it (" + npm.out() + ")");
            }
            Assumptions.assumeTrue(false, "npm is not on the PATH: the ORMs' checkers cannot be installed");
        }
        Files.createDirectories(HOME);
        List<String> command = new ArrayList<>(
                List.of("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--save-exact"));
        PACKAGES.forEach((name, version) -> command.add(name + "@" + version));
        Run install = run(command, HOME);
        assertEquals(0, install.exit(), "npm install of " + PACKAGES + " failed:\n" + install.out());
        if (!installed()) {
            fail("npm installed " + PACKAGES + " but target/orm-tools does not hold those versions");
        }
    }

    private static boolean installed() throws IOException {
        for (Map.Entry<String, String> p : PACKAGES.entrySet()) {
            Path manifest = HOME.resolve("node_modules").resolve(p.getKey()).resolve("package.json");
            if (!Files.isRegularFile(manifest)
                    || !Files.readString(manifest).contains("\"version\": \"" + p.getValue() + "\"")) {
                return false;
            }
        }
        return true;
    }

    /** Runs {@code command} in {@code dir}, stdout and stderr together. */
    static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
        return run(command, dir, Map.of());
    }

    /** Runs {@code command} in {@code dir} with {@code env} added to the environment. */
    static Run run(List<String> command, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("took longer than 300 s: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A program of the installed packages, {@code node_modules/.bin/NAME}. */
    static String bin(String name) {
        return HOME.resolve("node_modules/.bin").resolve(name).toString();
    }
}
