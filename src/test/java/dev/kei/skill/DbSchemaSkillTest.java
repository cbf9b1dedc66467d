package dev.kei.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kei.ask.Payload;
import dev.kei.ask.PayloadContract;
import dev.kei.io.Templates;
import dev.kei.support.SkillCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real db-schema skill (seed 001), read from the repository the tests run in. */
class DbSchemaSkillTest {
    private static final Path HUB = Path.of("skill/SKILL.md");
    private static final Skill SKILL = MarkdownSkillLoader.load(HUB);

    private static Step step(String id) {
        return SKILL.stepOf(SKILL.find(id).orElseThrow(() -> new AssertionError("no step " + id)));
    }

    private static List<Step> steps() {
        return SKILL.phases().stream().flatMap(p -> p.steps().stream()).toList();
    }

    /** Answers for conditions: one value per key, FREE marks the keys answered with free text. */
    private static Condition.Answers answers(Map<String, String> values, String... freeTextKeys) {
        return new Condition.Answers() {
            @Override
            public List<String> values(String key) {
                return values.containsKey(key) ? List.of(values.get(key)) : List.of();
            }

            @Override
            public boolean isFreeText(String key) {
                return Set.of(freeTextKeys).contains(key);
            }
        };
    }

    @Test
    void theHubHasTheSkillsNameAndADescription() {
        assertEquals("db-schema", SKILL.name());
        assertTrue(SKILL.description().startsWith("Turns \"I need a database for app X\" into"), SKILL.description());
    }

    @Test
    void theFivePhasesLoadInOrder() {
        assertEquals(
                List.of("1-stack", "2-entities", "3-ddl", "4-migrations", "5-seed"),
                SKILL.phases().stream().map(Phase::id).toList());
    }

    @Test
    void theStepsRunInThisOrder() {
        assertEquals(
                List.of("1a", "1b", "2a", "2b", "3a", "4a", "4b", "4c", "4d", "4e", "4f", "5a", "5b", "5c"),
                steps().stream().map(Step::id).toList());
    }

    @Test
    void everyStepIdIsUnique() {
        Set<String> seen = new HashSet<>();
        for (Step step : steps()) {
            assertTrue(seen.add(step.id()), "step " + step.id() + " twice");
        }
    }

    @ParameterizedTest(name = "{0} stores {1}")
    @CsvSource({
        "1a, DB ORM SCALE STYLE",
        "1b, MIGRATION_CONTROL COLUMNS TENANCY",
        "2a, ENTITIES",
        "2b, RELATIONS",
        "3a, REVIEW",
        "4b, IRREVERSIBLE",
        "4e, RUNNER",
        "5a, SEED",
        "5b, APPLY"
    })
    void eachAskingStepStoresTheSeedsKeys(String id, String keys) {
        assertEquals(List.of(keys.split(" ")), step(id).keys());
        assertTrue(step(id).asks());
    }

    @Test
    void nineStepsAskAfterTheIntake() {
        assertEquals(
                List.of("1a", "1b", "2a", "2b", "3a", "4b", "4e", "5a", "5b"),
                steps().stream().filter(Step::asks).map(Step::id).toList());
    }

    @Test
    void freeTextIsReadOnlyWhereThePhasesSaySo() {
        Map<String, Map<String, String>> readers = new java.util.TreeMap<>();
        for (Step step : steps()) {
            if (!step.freeText().isEmpty()) {
                readers.put(step.id(), step.freeText());
            }
        }
        assertEquals(
                Map.of(
                        "2a", Map.of("ENTITIES", "schema-text"),
                        "2b", Map.of("RELATIONS", "relation-text"),
                        "3a", Map.of("REVIEW", "schema-edits"),
                        "4b", Map.of("IRREVERSIBLE", "table-list")),
                readers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4b", "4c", "4e"})
    void theKeiMigrateStepsAreSkippedForOrmsWithTheirOwnRunner(String id) {
        Condition when = step(id).when();
        assertFalse(when.test(answers(Map.of("ORM", "Prisma"))));
        assertFalse(when.test(answers(Map.of("ORM", "SQLAlchemy"))));
        assertTrue(when.test(answers(Map.of("ORM", "None · raw SQL or SQLx"))));
        assertTrue(when.test(answers(Map.of("ORM", "Drizzle"))));
    }

    @Test
    void reviewLoopsOnFreeTextAndGoesBackToEntitiesOnRequest() {
        List<Step.Jump> jumps = step("3a").jumps();
        assertEquals(List.of("3a", "2a"), jumps.stream().map(Step.Jump::target).toList());
        Condition.Answers revised = answers(Map.of("REVIEW", "books(subtitle text)"), "REVIEW");
        Condition.Answers back = answers(Map.of("REVIEW", "Back to entities"));
        Condition.Answers approved = answers(Map.of("REVIEW", "Approve"));
        assertTrue(jumps.get(0).when().test(revised));
        assertFalse(jumps.get(1).when().test(revised));
        assertTrue(jumps.get(1).when().test(back));
        assertTrue(jumps.stream().noneMatch(j -> j.when().test(approved)));
    }

    @Test
    void generatorsRunAroundTheAsksTheyPrepare() {
        assertEquals(List.of("propose-entities"), generators(step("2a").before()));
        assertEquals(List.of("accept-entities"), generators(step("2a").after()));
        assertEquals(List.of("render-schema"), generators(step("3a").before()));
        assertEquals(List.of("revise-schema"), generators(step("3a").after()));
        assertEquals(List.of("stack-facts"), generators(step("1b").after()));
    }

    @Test
    void seedDataIsWrittenUnlessSkipped() {
        Step.Action write = step("5a").after().get(0);
        assertEquals("write-seed", write.generator());
        assertFalse(write.when().test(answers(Map.of("SEED", "Skip"))));
        assertTrue(write.when().test(answers(Map.of("SEED", "Smoke"))));
    }

    @Test
    void nothingIsAppliedWhenTheAnswerIsDontApply() {
        Step.Action apply = step("5b").after().get(0);
        assertEquals("apply-migrations", apply.generator());
        assertFalse(apply.when().test(answers(Map.of("APPLY", "Don't apply"))));
        assertTrue(apply.when().test(answers(Map.of("APPLY", "Apply to $DATABASE_URL"))));
    }

    private static List<String> generators(List<Step.Action> actions) {
        return actions.stream().map(Step.Action::generator).toList();
    }

    /** Sample data for the payload templates, shaped like what the generators provide. */
    private static final Map<String, Object> SCOPE = Map.ofEntries(
            Map.entry("intake", "a bookshop \"with\" authors"),
            Map.entry("entities_text", "authors(name text!)\nbooks(title text!)"),
            Map.entry("entities_summary", "2 tables: authors, books"),
            Map.entry("core_names", "authors"),
            Map.entry("relations_text", "authors 1-* books"),
            Map.entry("relations_summary", "1 one-to-many"),
            Map.entry("DB", "PostgreSQL"),
            Map.entry("table_count", "2"),
            Map.entry("ddl_preview", "CREATE TABLE authors (...);"),
            Map.entry(
                    "irreversible_candidates",
                    List.of(
                            Map.of("name", "authors", "why", "holds people"),
                            Map.of("name", "books", "why", "holds the catalogue"))),
            Map.entry("verify_target", "embedded PostgreSQL"));

    private static List<String> contractViolations(String id) throws IOException {
        String json = Templates.json(step(id).payloadTemplate().orElseThrow(), id, SCOPE);
        Payload payload = new ObjectMapper().readValue(json, Payload.class);
        List<String> out = new ArrayList<>(PayloadContract.violations(payload));
        if (payload.questions().size() != step(id).keys().size()) {
            out.add(payload.questions().size() + " questions for "
                    + step(id).keys().size() + " keys");
        }
        return out;
    }

    @ParameterizedTest(name = "step {0}")
    @ValueSource(strings = {"1b", "2a", "2b", "3a", "4b", "4e", "5a", "5b"})
    void everyPayloadRendersToOneTheContractAccepts(String id) throws IOException {
        assertEquals(List.of(), contractViolations(id));
    }

    @Test
    void theFirstPayloadRendersToOneTheContractAccepts() throws IOException {
        assertEquals(List.of(), contractViolations("1a"));
    }

    @Test
    void everyFileOfTheSkillIsAtMost121Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String folder : List.of("phases", "skill")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    int lines = Files.readAllLines(file).size();
                    if (lines > 121) {
                        tooLong.add(file + " has " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void theDigestIsASha256AndStableAcrossLoads() {
        assertTrue(SKILL.digest().matches("sha256:[0-9a-f]{64}"), SKILL.digest());
        assertEquals(SKILL.digest(), MarkdownSkillLoader.load(HUB).digest());
    }

    @Test
    void theDigestDoesNotDependOnWhereTheSkillLives(@TempDir Path dir) throws IOException {
        assertEquals(SKILL.digest(), MarkdownSkillLoader.load(copy(dir)).digest());
    }

    @Test
    void theDigestChangesWhenAPhaseFileChanges(@TempDir Path dir) throws IOException {
        Path hub = copy(dir);
        Path seed = dir.resolve("phases/5-seed.md");
        Files.writeString(seed, Files.readString(seed).replace("Optional seed data", "Optional seed rows"));
        assertNotEquals(SKILL.digest(), MarkdownSkillLoader.load(hub).digest());
    }

    @Test
    void theDigestChangesWhenTheHubChanges(@TempDir Path dir) throws IOException {
        Path hub = copy(dir);
        Files.writeString(hub, Files.readString(hub) + "\nOne more line of prose.\n");
        assertNotEquals(SKILL.digest(), MarkdownSkillLoader.load(hub).digest());
    }

    @Test
    void theDigestChangesWhenATemplateChanges(@TempDir Path dir) throws IOException {
        Path hub = SkillCopy.tiny(dir).hub();
        String before = MarkdownSkillLoader.load(hub).digest();
        Path template = dir.resolve("skill/templates/pizza.txt.mustache");
        Files.writeString(template, Files.readString(template) + "extra\n");
        assertNotEquals(before, MarkdownSkillLoader.load(hub).digest());
    }

    @Test
    void theTinyTestSkillLoadsThroughTheSameLoader() {
        Skill tiny = MarkdownSkillLoader.load(Path.of("src/test/resources/skills/tiny/skill/SKILL.md"));
        assertEquals("tiny-pizza", tiny.name());
        assertEquals(
                List.of("1-pick", "2-name"),
                tiny.phases().stream().map(Phase::id).toList());
    }

    private static Path copy(Path dir) throws IOException {
        return SkillCopy.dbSchema(dir).hub();
    }
}
