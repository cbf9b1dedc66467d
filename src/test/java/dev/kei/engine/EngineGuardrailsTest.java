package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.SkillCopy;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's guardrails (RUN_LIMIT, STATE_MISMATCH, INVALID_SKILL, GENERATOR_FAILED), each provoked through
 * kei-skill in-process: the exit code (1 when the work or the skill failed, 2 when the input was at fault), the
 * error envelope, and a state file left byte-identical.
 */
class EngineGuardrailsTest {
    private static final String BASE = "{\"answers\":{\"sauce\":\"Tomato\",\"size\":\"Large\"}}";
    private static final String TOPPINGS = "{\"answers\":{\"toppings\":[\"Cheese\"]}}";
    private static final String AGAIN = "{\"answers\":{\"name\":\"Again\"}}";

    @TempDir
    Path out;

    @TempDir
    Path copy;

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    private CliRun start(String hub, String intake) {
        return CliRun.of("next", hub, "--out", out.toString(), "--intake", intake, "--clock", TinySkill.CLOCK);
    }

    private CliRun answer(String json) {
        return CliRun.of("answer", "--out", out.toString(), "--json", json);
    }

    /** Starts a run of {@code hub} and answers until the name question (2a) is pending. */
    private void atTheNameQuestion(String hub) {
        assertEquals(0, start(hub, TinySkill.INTAKE).exitCode());
        for (String json : List.of(BASE, TOPPINGS)) {
            CliRun run = answer(json);
            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    /** The one error envelope {@code run} printed, after checking its exit code and code. */
    private static JsonNode error(CliRun run, int exitCode, String code) throws Exception {
        assertEquals(exitCode, run.exitCode(), run.toString());
        List<String> lines = run.lines();
        JsonNode error = Json.parse(lines.get(lines.size() - 1));
        assertEquals("error", error.get("type").asText(), run.toString());
        assertEquals(code, error.get("code").asText(), run.toString());
        return error;
    }

    /** A copy of the tiny skill in {@code copy}, its hub's path returned. */
    private String tinyCopy() throws Exception {
        return SkillCopy.tiny(copy).hub().toString();
    }

    private void edit(String phaseFile, String from, String to) throws Exception {
        new SkillCopy(copy).edit(phaseFile, from, to);
    }

    @Test
    void runLimitStopsALoopAtItsTwoHundredthQuestionAndKeepsTheState() throws Exception {
        StringBuilder input = new StringBuilder(BASE + "\n" + TOPPINGS + "\n");
        for (int ask = 3; ask < SkillRunner.MAX_ASKS; ask++) {
            input.append(AGAIN).append('\n');
        }
        CliRun looped = CliRun.withInput(
                input.toString(),
                "run",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--transport",
                "stdio",
                "--intake",
                TinySkill.INTAKE,
                "--clock",
                TinySkill.CLOCK);
        assertEquals(2, looped.exitCode(), looped.toString()); // input ended at a question
        byte[] before = Files.readAllBytes(state());
        assertEquals(
                SkillRunner.MAX_ASKS,
                Json.parse(new String(before)).get("pending").get("step").asInt());

        JsonNode error = error(answer(AGAIN), 1, "RUN_LIMIT");
        assertEquals(
                "The run asked 200 questions without ending.",
                error.get("message").asText());
        assertTrue(error.get("hint").asText().contains("**Go to**"), error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void generatorFailedStopsTheRunAndRecordsNothing() throws Exception {
        atTheNameQuestion(TinySkill.HUB);
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer("{\"answers\":{\"name\":\"boom\"}}"), 1, "GENERATOR_FAILED");
        assertEquals(
                "Step 2b (tiny-write) failed: the oven is broken",
                error.get("message").asText());
        assertEquals(
                "Nothing was recorded for this step; fix the cause and run again.",
                error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
        assertFalse(Files.exists(out.resolve("pizza.txt")));
    }

    @Test
    void generatorFailedWhenItCannotWriteItsFile() throws Exception {
        atTheNameQuestion(TinySkill.HUB);
        Files.createDirectories(out.resolve("pizza.txt/occupied"));
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer("{\"answers\":{\"name\":\"Yes\"}}"), 1, "GENERATOR_FAILED");
        assertTrue(
                error.get("message").asText().startsWith("Step 2b (tiny-write) could not write its files: "),
                error.toString());
        assertEquals("Check the output folder.", error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
        assertTrue(Files.isDirectory(out.resolve("pizza.txt/occupied")));
    }

    @Test
    void invalidStateWhenThePendingStepIsNotInTheSkill() throws Exception {
        assertEquals(0, start(TinySkill.HUB, TinySkill.INTAKE).exitCode());
        ObjectNode s = (ObjectNode) Json.parse(Files.readString(state()));
        ((ObjectNode) s.get("pending")).put("stepId", "9z");
        Files.writeString(state(), Json.pretty(s));
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer(BASE), 2, "INVALID_STATE");
        assertEquals(
                "The state file " + state() + " is not a consistent kei state: field pending.stepId '9z' is no"
                        + " question of skill tiny-pizza.",
                error.get("message").asText());
        assertEquals(
                "Undo the edit, or start over: delete " + state() + ", or pass --state NEW_FILE.",
                error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void invalidStateWhenTheCursorIsNotInTheSkill() throws Exception {
        assertEquals(0, start(TinySkill.HUB, TinySkill.INTAKE).exitCode());
        ObjectNode s = (ObjectNode) Json.parse(Files.readString(state()));
        s.putNull("pending");
        s.put("cursor", "9z");
        Files.writeString(state(), Json.pretty(s));
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(CliRun.of("next", "--out", out.toString()), 2, "INVALID_STATE");
        assertEquals(
                "The state file " + state() + " is not a consistent kei state: field cursor '9z' is no step of"
                        + " skill tiny-pizza.",
                error.get("message").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void invalidSkillWhenAStepRunsAGeneratorNobodyProvides() throws Exception {
        String hub = tinyCopy();
        assertEquals(0, start(hub, TinySkill.INTAKE).exitCode());
        byte[] before = Files.readAllBytes(state());
        edit("2-name.md", "`tiny-write`", "`tiny-oven`");

        JsonNode error = error(CliRun.of("next", "--out", out.toString()), 1, "INVALID_SKILL");
        assertTrue(
                error.get("message")
                        .asText()
                        .startsWith("The skill cannot run: phases/2-name.md step 2b runs `tiny-oven`, which no"
                                + " generator on the class path provides (known: "),
                error.toString());
        assertTrue(error.get("message").asText().contains("tiny-write"), error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void invalidSkillWhenAStepRunsAGeneratorOfAnotherSkill() throws Exception {
        String hub = tinyCopy();
        edit("2-name.md", "`tiny-write`", "`accept-entities`");

        JsonNode error = error(start(hub, TinySkill.INTAKE), 1, "INVALID_SKILL");
        assertEquals(
                "The skill cannot run: phases/2-name.md step 2b runs `accept-entities`, which no generator on the"
                        + " class path provides (known: tiny-suggest, tiny-write, write-migrations).",
                error.get("message").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void invalidSkillWhenFreeTextGoesToAReaderOfAnotherSkill() throws Exception {
        String hub = tinyCopy();
        edit("2-name.md", "`tiny-word`", "`schema-text`");

        JsonNode error = error(start(hub, TinySkill.INTAKE), 1, "INVALID_SKILL");
        assertEquals(
                "The skill cannot run: phases/2-name.md step 2a reads free text as `schema-text`, which no reader"
                        + " provides (known: tiny-word).",
                error.get("message").asText());
    }

    @Test
    void aStepRunsItsOwnSkillsGeneratorWhenAnotherSkillSharesTheName() throws Exception {
        String hub = tinyCopy();
        edit("2-name.md", "`tiny-write`", "`write-migrations`");
        atTheNameQuestion(hub);

        CliRun done = answer("{\"answers\":{\"name\":\"Yes\"}}");
        assertEquals(0, done.exitCode(), done.toString());
        assertEquals("done", Json.parse(done.out().strip()).get("type").asText(), done.toString());
        assertEquals("the tiny skill's write-migrations ran\n", Files.readString(out.resolve("tiny-migrations.txt")));
    }

    @Test
    void invalidSkillWhenFreeTextGoesToAReaderNobodyProvides() throws Exception {
        String hub = tinyCopy();
        edit("2-name.md", "`tiny-word`", "`tiny-verse`");

        JsonNode error = error(start(hub, TinySkill.INTAKE), 1, "INVALID_SKILL");
        assertTrue(
                error.get("message")
                        .asText()
                        .startsWith("The skill cannot run: phases/2-name.md step 2a reads free text as `tiny-verse`,"
                                + " which no reader provides (known: "),
                error.toString());
        assertFalse(Files.exists(state()));
    }

    @Test
    void invalidSkillWhenARenderedPayloadBreaksTheContract() throws Exception {
        String hub = tinyCopy();
        edit("1-pick.md", "\"header\": \"Toppings\"", "\"header\": \"Toppings to add\"");
        assertEquals(0, start(hub, TinySkill.INTAKE).exitCode());
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer(BASE), 1, "INVALID_SKILL");
        String message = error.get("message").asText();
        assertTrue(
                message.startsWith("The skill cannot run: 1-pick step 1b: the payload breaks contracts section 3: "),
                message);
        assertTrue(message.contains("'Toppings to add'"), message);
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void invalidSkillWhenARenderedPayloadIsNotJson() throws Exception {
        String hub = tinyCopy();
        edit("1-pick.md", "{{intake}}", "{{{intake}}}");

        JsonNode error = error(start(hub, "a \"quoted\" night"), 1, "INVALID_SKILL");
        assertTrue(
                error.get("message")
                        .asText()
                        .startsWith("The skill cannot run: 1-pick step 1a: the rendered payload is not an"
                                + " AskUserQuestion input: "),
                error.toString());
        assertFalse(Files.exists(state()));
    }

    @Test
    void invalidSkillWhenAStepHasMoreKeysThanQuestions() throws Exception {
        String hub = tinyCopy();
        edit("1-pick.md", "**Store the answer as** `TOPPINGS`.", "**Store the answers as** `TOPPINGS`, `EXTRA`.");
        assertEquals(0, start(hub, TinySkill.INTAKE).exitCode());
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer(BASE), 1, "INVALID_SKILL");
        assertEquals(
                "The skill cannot run: 1-pick step 1b: 1 questions but 2 keys to store them in.",
                error.get("message").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void invalidSkillWhenAPayloadTemplateCannotRender() throws Exception {
        String hub = tinyCopy();
        edit("1-pick.md", "Which toppings?", "Which {{#toppings}}toppings?");
        assertEquals(0, start(hub, TinySkill.INTAKE).exitCode());
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(answer(BASE), 1, "INVALID_SKILL");
        assertTrue(
                error.get("message").asText().startsWith("The skill cannot run: 1-pick step 1b: template "),
                error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }
}
