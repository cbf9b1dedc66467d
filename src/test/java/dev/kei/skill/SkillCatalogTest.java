package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a skill's hub by name or by path. */
class SkillCatalogTest {
    @TempDir
    Path home;

    private void hub(String relative, String name) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nname: " + name + "\ndescription: d\n---\n");
    }

    @Test
    void theDefaultSkillIsFoundByNameInTheRepository() {
        SkillCatalog catalog = new SkillCatalog(Path.of("").toAbsolutePath());
        assertEquals(Optional.of(Path.of("skill/SKILL.md").toAbsolutePath()), catalog.hub(SkillCatalog.DEFAULT_SKILL));
    }

    @Test
    void aSkillUnderSkillsIsFoundByItsName() throws IOException {
        hub("skill/SKILL.md", "db-schema");
        hub("skills/db-change/SKILL.md", "db-change");
        assertEquals(Optional.of(home.resolve("skills/db-change/SKILL.md")), new SkillCatalog(home).hub("db-change"));
    }

    @Test
    void aFolderWhoseHubHasAnotherNameDoesNotAnswerToTheFolderName() throws IOException {
        hub("skills/old-name/SKILL.md", "new-name");
        assertEquals(Optional.empty(), new SkillCatalog(home).hub("old-name"));
    }

    @Test
    void anUnknownNameHasNoHub() throws IOException {
        hub("skill/SKILL.md", "db-schema");
        assertEquals(Optional.empty(), new SkillCatalog(home).hub("db-shema"));
    }

    @Test
    void namesListTheDefaultSkillFirstThenTheOthersSorted() throws IOException {
        hub("skill/SKILL.md", "db-schema");
        hub("skills/zeta/SKILL.md", "zeta");
        hub("skills/alpha/SKILL.md", "alpha");
        assertEquals(List.of("db-schema", "alpha", "zeta"), new SkillCatalog(home).names());
    }

    @Test
    void aPathToAHubOrItsFolderIsTakenAsItIs() throws IOException {
        hub("elsewhere/SKILL.md", "mine");
        Path expected = home.resolve("elsewhere/SKILL.md").toAbsolutePath().normalize();
        SkillCatalog catalog = new SkillCatalog(Path.of("/nonexistent"));
        assertEquals(
                Optional.of(expected), catalog.hub(home.resolve("elsewhere").toString()));
        assertEquals(
                Optional.of(expected),
                catalog.hub(home.resolve("elsewhere/SKILL.md").toString()));
    }

    @Test
    void aPathWithoutAHubHasNone() {
        assertEquals(
                Optional.empty(),
                new SkillCatalog(home).hub(home.resolve("missing").toString()));
    }

    @Test
    void aNameWithASlashOrEndingInMdIsAPath() {
        assertTrue(SkillCatalog.isPath("skills/tiny"));
        assertTrue(SkillCatalog.isPath("SKILL.md"));
        assertFalse(SkillCatalog.isPath("db-schema"));
    }
}
