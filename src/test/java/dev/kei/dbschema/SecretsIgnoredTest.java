package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * secrets/db.env is really ignored after a run: a .gitignore that ignores secrets/ and then re-includes it
 * ({@code !secrets/}) does not count as ignoring it, inside a git work tree (git answers) or outside one (git's rules).
 */
class SecretsIgnoredTest {
    static final String TRANSCRIPT = "examples/bookshop.transcript.json";

    @TempDir
    Path work;

    @Test
    void theRulesReadNegationsAndFoldersAsGitDoes() {
        assertTrue(SecretsIgnored.byRules("secrets/\n"));
        assertFalse(SecretsIgnored.byRules("secrets/\n!secrets/\n"));
        assertTrue(SecretsIgnored.byRules("secrets/\n!secrets/db.env\n"), "a file in an ignored folder stays ignored");
        assertTrue(SecretsIgnored.byRules("!secrets/\n/secrets\n"));
        assertTrue(SecretsIgnored.byRules("*.env\n"));
        assertFalse(SecretsIgnored.byRules("# secrets/\nnode_modules/\n"));
    }

    @Test
    void aReIncludedSecretsFolderOutsideGitGetsIgnoredAgain() throws Exception {
        Path out = work.resolve("app");
        Files.createDirectories(out);
        Files.writeString(out.resolve(".gitignore"), "secrets/\n!secrets/\n");

        CliRun run = CliRun.of("run", "skill/SKILL.md", "--replay", TRANSCRIPT, "--out", out.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("secrets/\n!secrets/\nsecrets/\n", Files.readString(out.resolve(".gitignore")));
    }

    @Test
    void aReIncludedSecretsFolderInAGitWorkTreeIsNotShownByGitStatus() throws Exception {
        Path out = work.resolve("app");
        Files.createDirectories(out);
        assertEquals(0, git(out, "init", "-q"));
        Files.writeString(out.resolve(".gitignore"), "secrets/\n!secrets/\n");

        CliRun run = CliRun.of("run", "skill/SKILL.md", "--replay", TRANSCRIPT, "--out", out.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(0, git(out, "check-ignore", "-q", "secrets/db.env"), "git ignores secrets/db.env");
    }

    static int git(Path dir, String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue();
    }
}
