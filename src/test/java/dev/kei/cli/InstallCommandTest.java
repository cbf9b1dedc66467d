package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.skill.SkillCatalog;
import dev.kei.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kei-skill install} (contracts sections 1 and 13): standalone skill folders, written as safely as --out. */
class InstallCommandTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)\\)");
    private static final String CLOCK = "2026-11-21T10:00:00Z";

    @TempDir
    Path base;

    private Path skills() {
        return base.resolve("skills");
    }

    private CliRun install(String... more) {
        List<String> args = new ArrayList<>(List.of("install", "--to", skills().toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every file below {@code dir} (links included, not followed) by its relative path, with its bytes. */
    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void installsEverySkillOfKeiHomeByDefault() throws IOException {
        CliRun run = install();
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.lines().contains(skills().resolve("db-schema/SKILL.md").toString()), run::toString);
        assertTrue(run.lines().contains(skills().resolve("db-change/SKILL.md").toString()), run::toString);
        for (String line : run.lines()) {
            assertTrue(Files.isRegularFile(Path.of(line)), line);
        }
        for (String file : List.of(
                "db-schema/phases/1-stack.md",
                "db-schema/phases/5-seed.md",
                "db-schema/db-naming.md",
                "db-schema/db-secrets.md",
                "db-schema/templates/report.md.mustache",
                "db-change/phases/4-write.md",
                "db-change/db-online-changes.md")) {
            assertTrue(Files.isRegularFile(skills().resolve(file)), file);
        }
        String hub = Files.readString(skills().resolve("db-schema/SKILL.md"));
        assertTrue(hub.startsWith("---\nname: db-schema\ndescription: "), hub);
        assertTrue(hub.contains("](phases/1-stack.md)"), hub);
        assertFalse(hub.contains("../phases/"), hub);
        String launcher =
                SkillCatalog.fromEnvironment().home().resolve("bin/kei-skill").toString();
        assertTrue(hub.contains(launcher + " next db-schema --intake"), hub);
        assertTrue(hub.contains(launcher + " answer --json"), hub);
        assertTrue(hub.contains("follow the phases below by hand"), "the hub's own fallback stays: " + hub);
        assertTrue(Files.readString(skills().resolve("db-change/SKILL.md")).contains(launcher + " next db-change"));
    }

    @Test
    void everyLinkOfAnInstalledFileResolvesInsideItsFolder() throws IOException {
        assertEquals(0, install().exitCode());
        int links = 0;
        for (String skill : List.of("db-schema", "db-change")) {
            Path folder = skills().resolve(skill).toRealPath();
            for (String file : tree(folder).keySet()) {
                if (!file.endsWith(".md")) {
                    continue;
                }
                Path md = folder.resolve(file);
                Matcher m = LINK.matcher(Files.readString(md));
                while (m.find()) {
                    String target = m.group(1).replaceAll("#.*", "");
                    if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
                        continue;
                    }
                    Path resolved = md.getParent().resolve(target).normalize();
                    assertTrue(resolved.startsWith(folder), file + " links outside its folder: " + target);
                    assertTrue(Files.isRegularFile(resolved), file + " links to a missing file: " + target);
                    links++;
                }
            }
        }
        assertTrue(links >= 5 + 5 + 4 + 2, "the hubs' phase and reference links: " + links);
    }

    @Test
    void anInstalledSkillRunsWithKeiAndAsksWhatTheBuiltInOneAsks() {
        assertEquals(0, install().exitCode());
        Map<String, String> intakes = Map.of("db-schema", "a bookshop with authors", "db-change", "add a nickname");
        intakes.forEach((skill, intake) -> {
            CliRun installed = CliRun.of(
                    "next",
                    skills().resolve(skill).toString(),
                    "--intake",
                    intake,
                    "--out",
                    base.resolve("installed-" + skill).toString(),
                    "--clock",
                    CLOCK);
            CliRun builtIn = CliRun.of(
                    "next",
                    skill,
                    "--intake",
                    intake,
                    "--out",
                    base.resolve("built-in-" + skill).toString(),
                    "--clock",
                    CLOCK);
            assertEquals(0, installed.exitCode(), installed::toString);
            assertTrue(
                    installed.out().startsWith("{\"type\":\"ask\",\"skill\":\"" + skill + "\""), installed::toString);
            assertEquals(builtIn.out(), installed.out());
        });
    }

    @Test
    void aSecondInstallOverKeisOwnFilesWritesTheSameBytes() throws IOException {
        CliRun first = install();
        Map<String, byte[]> before = tree(skills());
        CliRun second = install();
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(first.out(), second.out());
        Map<String, byte[]> after = tree(skills());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    void twoFoldersGetTheSameBytes() throws IOException {
        assertEquals(0, install("db-schema").exitCode());
        Path other = base.resolve("other");
        assertEquals(
                0, CliRun.of("install", "db-schema", "--to", other.toString()).exitCode());
        Map<String, byte[]> a = tree(skills());
        Map<String, byte[]> b = tree(other);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
    }

    @Test
    void installsOnlyTheSkillsNamed() throws IOException {
        CliRun run = install("db-change");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.isRegularFile(skills().resolve("db-change/SKILL.md")));
        assertFalse(Files.exists(skills().resolve("db-schema")));
    }

    @Test
    void anUnknownSkillGetsDidYouMeanAndNothingIsWritten() {
        CliRun run = install("db-schema", "db-chnge");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("No skill named 'db-chnge'"), run::toString);
        assertTrue(run.err().contains("Did you mean 'db-change'?"), run::toString);
        assertEquals("", run.out());
        assertFalse(Files.exists(skills()));
    }

    @Test
    void aFileKeiDidNotWriteIsNeverReplaced() throws IOException {
        Path mine = skills().resolve("db-change/phases/2-change.md");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "my notes\n");
        CliRun run = install();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("db-change/phases/2-change.md in " + skills()), run::toString);
        assertTrue(run.err().contains("kei did not write it"), run::toString);
        assertEquals("my notes\n", Files.readString(mine));
        assertFalse(Files.exists(skills().resolve("db-schema")), "nothing is written when one file is refused");
        assertFalse(Files.exists(skills().resolve("db-change/SKILL.md")));
    }

    @Test
    void aFileKeiWroteAndSomeoneEditedIsNotReplacedEither() throws IOException {
        assertEquals(0, install().exitCode());
        Path hub = skills().resolve("db-schema/SKILL.md");
        Files.writeString(hub, Files.readString(hub) + "\nmy own rule\n", StandardCharsets.UTF_8);
        CliRun run = install();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(Files.readString(hub).endsWith("my own rule\n"));
    }

    @Test
    void aSymbolicLinkInsideTheFolderIsNeverFollowed() throws IOException {
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.createDirectories(skills());
        Files.createSymbolicLink(skills().resolve("db-schema"), outside);
        CliRun run = install();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("db-schema in " + skills() + " is a symbolic link"), run::toString);
        assertEquals(List.of(), List.copyOf(tree(outside).keySet()));
        assertFalse(Files.exists(skills().resolve("db-change")));
    }

    @Test
    void aSymbolicLinkedPhasesFolderIsRefusedToo() throws IOException {
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.createDirectories(skills().resolve("db-change"));
        Files.createSymbolicLink(skills().resolve("db-change/phases"), outside);
        CliRun run = install("db-change");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("db-change/phases in " + skills() + " is a symbolic link"), run::toString);
        assertEquals(List.of(), List.copyOf(tree(outside).keySet()));
    }

    @Test
    void aTargetThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(base.resolve("skills"), "not a folder\n");
        CliRun run = install();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(file + " is not a folder"), run::toString);
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void aFileWhereASkillFolderGoesIsRefused() throws IOException {
        Files.createDirectories(skills());
        Files.writeString(skills().resolve("db-change"), "a file\n");
        CliRun run = install();
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err().contains("db-change in " + skills() + " is a file where kei would make a folder"),
                run::toString);
        assertFalse(Files.exists(skills().resolve("db-schema")));
    }
}
