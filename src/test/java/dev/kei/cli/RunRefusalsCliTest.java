package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.SkillCopy;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of the run policy ({@link dev.kei.engine.Runs}: the state file, the skill, the resume checks, the
 * intake and the clock, step mode's answer, a replay's transcript) through kei-skill in-process: the exit code, the
 * one error envelope on stdout (step mode) or the report on stderr (a whole run), and a state file left
 * byte-identical (or never created). {@code dev.kei.engine.RunsTest} checks the same policy through the API.
 */
class RunRefusalsCliTest {
    @TempDir
    Path out;

    @TempDir
    Path copy;

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    private String fresh() {
        return "Delete " + state() + " to start over, or pass --state NEW_FILE.";
    }

    private CliRun next(String... extra) {
        List<String> args = new ArrayList<>(List.of("next"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Starts a run of {@code hub} and returns the state file's bytes. */
    private byte[] started(String hub) throws Exception {
        CliRun run = next(hub, "--intake", TinySkill.INTAKE, "--clock", TinySkill.CLOCK);
        assertEquals(0, run.exitCode(), run.toString());
        return Files.readAllBytes(state());
    }

    /** The one error envelope step mode printed on stdout, with nothing on stderr. */
    private static JsonNode error(CliRun run, int exitCode, String code) throws Exception {
        assertEquals(exitCode, run.exitCode(), run.toString());
        assertEquals(1, run.lines().size(), run.toString());
        assertEquals("", run.err(), run.toString());
        JsonNode error = Json.parse(run.out().strip());
        assertEquals("error", error.get("type").asText(), run.toString());
        assertEquals(code, error.get("code").asText(), run.toString());
        return error;
    }

    private String tinyCopy() throws Exception {
        return SkillCopy.tiny(copy).hub().toString();
    }

    @Test
    void aStateFileThatIsNoStateIsRefused() throws Exception {
        Files.createDirectories(state().getParent());
        Files.writeString(state(), "{\"version\":1,\"pending\":");
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(next(), 2, "INVALID_STATE");
        assertTrue(
                error.get("message").asText().startsWith("The state file " + state() + " is not a kei state: "),
                error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateFileOfAnotherFormatVersionIsRefused() throws Exception {
        byte[] good = started(TinySkill.HUB);
        String other = new String(good).replaceFirst("\"version\"\\s*:\\s*1", "\"version\" : 99");
        Files.writeString(state(), other);
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(next(), 2, "INVALID_STATE");
        assertTrue(
                error.get("message").asText().contains("has format version 99; this kei reads version 1."),
                error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void anUnknownSkillIsRefusedWithTheKnownOnes() throws Exception {
        byte[] before = started(TinySkill.HUB);

        JsonNode error = error(next("db-schemma"), 2, "UNKNOWN_SKILL");
        assertTrue(error.get("message").asText().startsWith("No skill named 'db-schemma' in "), error.toString());
        assertTrue(error.get("message").asText().contains("db-schema"), error.toString());
        assertTrue(error.get("hint").asText().startsWith("Known skills: "), error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aSkillThatCannotBeLoadedIsRefused() throws Exception {
        String hub = tinyCopy();
        byte[] before = started(hub);
        Path phase = copy.resolve("phases/1-pick.md");
        Files.writeString(phase, Files.readString(phase).replace("# Phase 1 — Pick\n", ""));

        JsonNode error = error(next(), 1, "INVALID_SKILL");
        assertTrue(error.get("message").asText().startsWith("The skill cannot be loaded: "), error.toString());
        assertTrue(error.get("message").asText().contains("1-pick.md"), error.toString());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateOfAnotherSkillIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        JsonNode error = error(next("db-schema"), 2, "STATE_MISMATCH");
        assertEquals(
                "The state file " + state() + " belongs to skill tiny-pizza, not db-schema.",
                error.get("message").asText());
        assertEquals(fresh(), error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateOfAnotherVersionOfTheSkillsFilesIsRefused() throws Exception {
        String hub = tinyCopy();
        byte[] before = started(hub);
        Files.writeString(copy.resolve("phases/2-name.md"), "\n", StandardOpenOption.APPEND);

        JsonNode error = error(next(), 2, "SKILL_CHANGED");
        assertTrue(
                error.get("message")
                        .asText()
                        .startsWith("The state file " + state() + " was made by a different version of the"
                                + " tiny-pizza skill's files ("),
                error.toString());
        assertEquals(fresh(), error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithAnotherIntakeIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        JsonNode error = error(next("--intake", "a sunny morning"), 2, "STATE_MISMATCH");
        assertEquals(
                "A run with another intake is in progress in " + state() + ".",
                error.get("message").asText());
        assertEquals(
                "Leave out --intake to continue it. " + fresh(),
                error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithTheSameIntakeInOtherWhitespaceContinues() throws Exception {
        byte[] before = started(TinySkill.HUB);

        CliRun run = next("--intake", "  " + TinySkill.INTAKE + "\n");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("ask", Json.parse(run.out().strip()).get("type").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithAnotherClockIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        JsonNode error = error(next("--clock", "2026-11-22T10:00:00Z"), 2, "STATE_MISMATCH");
        assertEquals(
                "The run in " + state() + " started with clock 2026-11-21T10:00:00Z, not 2026-11-22T10:00:00Z.",
                error.get("message").asText());
        assertEquals(
                "Leave out --clock to continue it. " + fresh(),
                error.get("hint").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithTheSameInstantInAnotherOffsetContinues() throws Exception {
        byte[] before = started(TinySkill.HUB);

        CliRun run = next("--clock", "2026-11-21T11:00:00.900+01:00");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("ask", Json.parse(run.out().strip()).get("type").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aClockIsStoredAsAUtcInstantToTheSecond() throws Exception {
        CliRun run = next(TinySkill.HUB, "--intake", TinySkill.INTAKE, "--clock", " 2026-11-21T11:00:00.900+01:00 ");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(
                "2026-11-21T10:00:00Z",
                Json.parse(Files.readString(state())).get("clock").asText());
    }

    @Test
    void aClockThatIsNotIsoIsRefused() throws Exception {
        JsonNode error =
                error(next(TinySkill.HUB, "--intake", TinySkill.INTAKE, "--clock", "tomorrow"), 2, "INVALID_CLOCK");
        assertEquals(
                "--clock 'tomorrow' is not an ISO-8601 date-time.",
                error.get("message").asText());
        assertEquals(
                "Pass e.g. --clock 2026-11-21T10:00:00Z.", error.get("hint").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aClockWithoutAnOffsetIsRefused() throws Exception {
        JsonNode error = error(
                next(TinySkill.HUB, "--intake", TinySkill.INTAKE, "--clock", "2026-11-21T10:00:00"),
                2,
                "INVALID_CLOCK");
        assertEquals(
                "--clock '2026-11-21T10:00:00' is not an ISO-8601 date-time.",
                error.get("message").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void resumingWithAClockThatIsNotIsoIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        error(next("--clock", "tomorrow"), 2, "INVALID_CLOCK");
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void startingWithoutAnIntakeIsRefused() throws Exception {
        JsonNode error = error(next(TinySkill.HUB, "--clock", TinySkill.CLOCK), 2, "MISSING_INTAKE");
        assertEquals(
                "No run is in progress and no intake was given.",
                error.get("message").asText());
        assertTrue(error.get("hint").asText().startsWith("Start one with --intake "), error.toString());
        assertFalse(Files.exists(state()));
    }

    @Test
    void startingWithABlankIntakeIsRefused() throws Exception {
        error(next(TinySkill.HUB, "--intake", " \t ", "--clock", TinySkill.CLOCK), 2, "MISSING_INTAKE");
        assertFalse(Files.exists(state()));
    }

    @Test
    void anIntakeLongerThan4000CharactersIsRefused() throws Exception {
        JsonNode error = error(
                next(TinySkill.HUB, "--intake", "a".repeat(4001), "--clock", TinySkill.CLOCK), 2, "INVALID_INTAKE");
        assertEquals(
                "The intake is longer than 4000 characters.",
                error.get("message").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void anIntakeOf4000CharactersAfterStrippingStartsARun() throws Exception {
        CliRun run = next(TinySkill.HUB, "--intake", " " + "a".repeat(4000) + "\n", "--clock", TinySkill.CLOCK);
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(
                "a".repeat(4000),
                Json.parse(Files.readString(state())).get("intake").asText());
    }

    @Test
    void anIntakeWithControlCharactersIsRefused() throws Exception {
        JsonNode error = error(
                next(TinySkill.HUB, "--intake", "a rainy\u0007 evening", "--clock", TinySkill.CLOCK),
                2,
                "INVALID_INTAKE");
        assertEquals(
                "The intake holds control characters.", error.get("message").asText());
        assertEquals("Pass plain text.", error.get("hint").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void answeringWithoutARunIsRefused() throws Exception {
        JsonNode error = error(CliRun.of("answer", "--out", out.toString(), "--json", "{}"), 2, "NO_RUN");
        assertEquals(
                "No run is in progress: " + state() + " does not exist.",
                error.get("message").asText());
        assertEquals(
                "Start one with: kei-skill next --intake \"...\"",
                error.get("hint").asText());
        assertFalse(Files.exists(state()));
    }

    @Test
    void answeringAFinishedRunIsRefused() throws Exception {
        started(TinySkill.HUB);
        for (String json : TinySkill.TO_THE_END) {
            CliRun run = CliRun.of("answer", "--out", out.toString(), "--json", json);
            assertEquals(0, run.exitCode(), run.toString());
        }
        byte[] before = Files.readAllBytes(state());

        JsonNode error = error(CliRun.of("answer", "--out", out.toString(), "--json", "{}"), 2, "NO_QUESTION");
        assertEquals(
                "The run is done; there is no question to answer.",
                error.get("message").asText());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aReplayOfAnotherSkillsTranscriptIsReportedOnStderr() throws Exception {
        Path transcript = transcript("db-schema");

        CliRun run = CliRun.of("run", TinySkill.HUB, "--out", out.toString(), "--replay", transcript.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "The transcript is for skill db-schema, not tiny-pizza.",
                        "  Code : USAGE",
                        "Leave out SKILL, or replay a transcript of tiny-pizza.",
                        ""),
                run.err());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aReplayWithAnotherClockIsReportedOnStderr() throws Exception {
        Path transcript = transcript("tiny-pizza");

        CliRun run = CliRun.of(
                "run",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--replay",
                transcript.toString(),
                "--clock",
                "2026-11-22T10:00:00Z");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertTrue(
                run.err().startsWith("--clock differs from the transcript's clock " + TinySkill.CLOCK + "."),
                run.toString());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aReplayOfAMissingTranscriptIsReportedOnStderr() throws Exception {
        Path transcript = copy.resolve("none.json");

        CliRun run = CliRun.of("run", TinySkill.HUB, "--out", out.toString(), "--replay", transcript.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertTrue(
                run.err()
                        .startsWith(String.join(
                                System.lineSeparator(),
                                "The transcript " + transcript + " does not exist.",
                                "  Code : INVALID_TRANSCRIPT",
                                "A transcript is ")),
                run.toString());
        assertFalse(Files.exists(state()));
    }

    /** A transcript of {@code skill} with no exchanges, the tiny skill's intake and clock. */
    private Path transcript(String skill) throws Exception {
        return Files.writeString(
                copy.resolve("t.json"),
                "{\"version\":1,\"skill\":\"" + skill + "\",\"intake\":\"" + TinySkill.INTAKE + "\",\"clock\":\""
                        + TinySkill.CLOCK + "\",\"exchanges\":[]}");
    }
}
