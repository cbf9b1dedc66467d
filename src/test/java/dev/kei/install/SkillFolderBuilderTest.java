package dev.kei.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.skill.SkillFormatException;
import dev.kei.support.TinySkill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes into an installed folder, and the skills that cannot become one. */
class SkillFolderBuilderTest {
    private static final SkillFolderBuilder BUILDER = new SkillFolderBuilder(Path.of("/opt/kei/bin/kei-skill"));

    @TempDir
    Path base;

    private Path hub() throws IOException {
        return Path.of(TinySkill.copyTo(base));
    }

    private static String text(SkillFolder folder, String file) {
        return new String(folder.files().get(file), StandardCharsets.UTF_8);
    }

    @Test
    void phasesMoveIntoTheFolderAndLinksFollowThem() throws IOException {
        Path hub = hub();
        Files.writeString(hub.getParent().resolve("notes.md"), "Back to [the first phase](../phases/1-pick.md#top).\n");
        Files.writeString(
                hub,
                Files.readString(hub) + "\n## Reference blocks\n\n- [notes](notes.md) and [web](https://x.org/a.md)\n");
        SkillFolder folder = BUILDER.build(hub);
        assertEquals("tiny-pizza", folder.name());
        assertEquals(
                List.of("SKILL.md", "notes.md", "phases/1-pick.md", "phases/2-name.md", "templates/pizza.txt.mustache"),
                List.copyOf(folder.files().keySet()));
        String installed = text(folder, "SKILL.md");
        assertTrue(installed.contains("1. [Pick](phases/1-pick.md)"), installed);
        assertTrue(installed.contains("[web](https://x.org/a.md)"), installed);
        assertTrue(installed.contains("/opt/kei/bin/kei-skill next tiny-pizza --intake"), installed);
        assertTrue(installed.indexOf("## Installed by kei") < installed.indexOf("## Phases"), installed);
        assertEquals("Back to [the first phase](phases/1-pick.md#top).\n", text(folder, "notes.md"));
        assertEquals(Files.readString(base.resolve("phases/2-name.md")), text(folder, "phases/2-name.md"));
    }

    @Test
    void theSameFilesGiveTheSameBytes() throws IOException {
        Path hub = hub();
        SkillFolder a = BUILDER.build(hub);
        SkillFolder b = BUILDER.build(hub);
        a.files()
                .forEach((file, bytes) ->
                        assertEquals(new String(bytes), new String(b.files().get(file)), file));
    }

    @Test
    void aLinkOutsideTheSkillsFolderIsRefused() throws IOException {
        Path hub = hub();
        Files.writeString(base.resolve("elsewhere.md"), "x\n");
        Files.writeString(hub, Files.readString(hub) + "\n## Reference blocks\n\n- [x](../elsewhere.md)\n");
        SkillFormatException e = assertThrows(SkillFormatException.class, () -> BUILDER.build(hub));
        assertTrue(
                e.getMessage().contains("the link ../elsewhere.md names a file outside the skill's folder"),
                e.getMessage());
    }

    @Test
    void aBrokenLinkIsRefused() throws IOException {
        Path hub = hub();
        Files.writeString(hub, Files.readString(hub) + "\n## Reference blocks\n\n- [x](missing.md)\n");
        SkillFormatException e = assertThrows(SkillFormatException.class, () -> BUILDER.build(hub));
        assertTrue(e.getMessage().contains("the link missing.md names no file in"), e.getMessage());
    }

    @Test
    void aFrontMatterFieldTheSpecificationDoesNotAllowIsRefused() throws IOException {
        Path hub = hub();
        Files.writeString(hub, Files.readString(hub).replaceFirst("\n---\n", "\nversion: 1.0\n---\n"));
        SkillFormatException e = assertThrows(SkillFormatException.class, () -> BUILDER.build(hub));
        assertTrue(e.getMessage().contains("the front-matter field 'version' is not one"), e.getMessage());
    }
}
