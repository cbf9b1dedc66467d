package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Step mode's plain-loop name reader finds what the YAML front-matter reader finds, or nothing where it fails. */
class FrontMatterAgreementTest {
    static Stream<Path> skillFiles() throws IOException {
        try (Stream<Path> tests = Files.walk(Path.of("src/test/resources/skills"))) {
            List<Path> md =
                    tests.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return Stream.concat(Stream.of(Path.of("skill/SKILL.md")), md.stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skillFiles")
    void everySkillFileInTheRepositoryGetsTheSameName(Path file) throws IOException {
        assertEquals(yamlName(file), SkillCatalog.hubName(file));
    }

    @Test
    void theRepositoryHubsHaveNames() throws IOException {
        assertFalse(skillFiles().map(FrontMatterAgreementTest::yamlName).allMatch(n -> n == null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "---\nname: plain\ndescription: d\n---\n",
                "---\nname: \"quoted\"\ndescription: d\n---\n",
                "---\nname: 'single'\ndescription: d\n---\n",
                "---\nname: commented # the skill\ndescription: d\n---\n",
                "---\ndescription: d\nmetadata:\n  name: nested\nname: last\n---\n",
                "name: no-fence\ndescription: d\n",
                "---\nname: never-closed\ndescription: d\n",
                "# title\n---\nname: late\ndescription: d\n---\n",
                "---\ndescription: no name\n---\n"
            })
    void variantsOfTheFrontMatterGetTheSameName(String hub, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("SKILL.md");
        Files.writeString(file, hub, StandardCharsets.UTF_8);
        assertEquals(yamlName(file), SkillCatalog.hubName(file));
    }

    private static String yamlName(Path file) {
        try {
            return FrontMatter.read(file, Files.readString(file).replace("\r\n", "\n"))
                    .name();
        } catch (SkillFormatException | IOException e) {
            return null;
        }
    }
}
