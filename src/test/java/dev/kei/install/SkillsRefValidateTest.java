package dev.kei.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kei.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder {@code kei-skill install} writes passes the Agent Skills reference validator, {@code skills-ref
 * validate} (contracts section 13), at the version pinned here, installed with npm into {@code target/skills-ref}.
 * Without npm the test is skipped, unless the environment variable {@code CI} is set: then it fails.
 */
@Tag("skills-ref")
class SkillsRefValidateTest {
    static final String VERSION = "0.1.5";
    private static final Path PREFIX = Path.of("target/skills-ref");
    private static final Path BIN = PREFIX.resolve("node_modules/.bin/skills-ref");

    @TempDir
    Path base;

    record Run(int exit, String out) {}

    static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("took longer than 300 s: " + command);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void installSkillsRef() throws IOException, InterruptedException {
        Path manifest = PREFIX.resolve("node_modules/skills-ref/package.json");
        if (Files.isRegularFile(manifest) && Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"")) {
            return;
        }
        Run npm;
        try {
            npm = run(List.of("npm", "--version"));
        } catch (IOException e) {
            npm = new Run(127, e.getMessage());
        }
        if (npm.exit() != 0) {
            if (System.getenv("CI") != null) {
                fail("npm is not on the PATH, and CI is set: .ci/run should have installed it (" + npm.out() + ")");
            }
            Assumptions.assumeTrue(false, "npm is not on the PATH: skills-ref cannot be installed to check the skills");
        }
        Files.createDirectories(PREFIX);
        Run install = run(List.of(
                "npm", "install", "--prefix", PREFIX.toString(), "--no-audit", "--no-fund", "skills-ref@" + VERSION));
        assertEquals(0, install.exit(), "npm install skills-ref@" + VERSION + " failed:\n" + install.out());
    }

    private static Run validate(Path folder) throws IOException, InterruptedException {
        return run(List.of(BIN.toString(), "validate", folder.toString()));
    }

    @Test
    void everyInstalledFolderIsAValidAgentSkill() throws IOException, InterruptedException {
        Path skills = base.resolve("skills");
        CliRun install = CliRun.of("install", "--to", skills.toString());
        assertEquals(0, install.exitCode(), install::toString);
        for (String name : List.of("db-schema", "db-change")) {
            Run verdict = validate(skills.resolve(name));
            assertEquals(0, verdict.exit(), name + ": " + verdict.out());
            assertEquals("Valid skill: " + skills.resolve(name) + "\n", verdict.out());
        }
    }

    /** The repository's own skill/ folder is not one (its name is db-schema): what install is for. */
    @Test
    void theValidatorChecksTheFolderName() throws IOException, InterruptedException {
        Run verdict = validate(Path.of("skill"));
        assertEquals(1, verdict.exit(), verdict.out());
        assertTrue(verdict.out().contains("Directory name 'skill' must match skill name 'db-schema'"), verdict.out());
    }
}
