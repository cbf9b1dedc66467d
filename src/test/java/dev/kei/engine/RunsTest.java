package dev.kei.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.engine.RunRequest.Continuation;
import dev.kei.support.TinySkill;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run policy through the engine's API ({@link Runs#prepare}), as every transport calls it: each refusal (the
 * state file, the skill, the resume checks, the intake, the clock, step mode's answer, a replay's transcript) with
 * its code, message, hint and exit-code class, a state file left byte-identical (or never created), and what a
 * prepared run starts from.
 */
class RunsTest {
    @TempDir
    Path out;

    @TempDir
    Path copy;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);

    private Path state() {
        return out.resolve(".kei/state.json");
    }

    private String fresh() {
        return "Delete " + state() + " to start over, or pass --state NEW_FILE.";
    }

    private RunRequest request(String skill, Continuation continuation) {
        return RunRequest.of(skill, state(), out, continuation);
    }

    /** Step mode's {@code next}: the state's skill, a finished run kept. */
    private RunRequest next() {
        return request(null, Continuation.KEEP_FINISHED);
    }

    private RunRequest starting(String skill) {
        return request(skill, Continuation.KEEP_FINISHED)
                .withIntake(TinySkill.INTAKE)
                .withClock(TinySkill.CLOCK);
    }

    private PreparedRun prepare(RunRequest request) throws RunException {
        return Runs.prepare(request, log);
    }

    /** Starts a run of {@code hub} and answers {@code answers}; returns the state file's bytes. */
    private byte[] started(String hub, List<String> answers) throws Exception {
        Session.Result result = prepare(starting(hub)).run(new Answering(answers));
        assertFalse(result instanceof Session.Result.Stopped, result.toString());
        return Files.readAllBytes(state());
    }

    private byte[] started(String hub) throws Exception {
        return started(hub, List.of());
    }

    /** The refusal {@code call} throws: its code, and whether the input (exit code 2) or the work (1) was at fault. */
    private static RunException refused(Executable call, String code, boolean usage) {
        RunException e = assertThrows(RunException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(usage, e.usage(), e.getMessage());
        return e;
    }

    @Test
    void aStateFileThatIsNoStateIsRefused() throws Exception {
        Files.createDirectories(state().getParent());
        Files.writeString(state(), "{\"version\":1,\"pending\":");
        byte[] before = Files.readAllBytes(state());

        RunException e = refused(() -> prepare(next()), "INVALID_STATE", true);
        assertTrue(e.getMessage().startsWith("The state file " + state() + " is not a kei state: "), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateFileOfAnotherFormatVersionIsRefused() throws Exception {
        byte[] good = started(TinySkill.HUB);
        String other = new String(good).replaceFirst("\"version\"\\s*:\\s*1", "\"version\" : 99");
        Files.writeString(state(), other);
        byte[] before = Files.readAllBytes(state());

        RunException e = refused(() -> prepare(next()), "INVALID_STATE", true);
        assertTrue(e.getMessage().contains("has format version 99; this kei reads version 1."), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void anUnknownSkillIsRefusedWithTheKnownOnes() throws Exception {
        byte[] before = started(TinySkill.HUB);

        RunException e =
                refused(() -> prepare(request("db-schemma", Continuation.KEEP_FINISHED)), "UNKNOWN_SKILL", true);
        assertTrue(e.getMessage().startsWith("No skill named 'db-schemma' in "), e.getMessage());
        assertTrue(e.getMessage().contains("db-schema"), e.getMessage());
        assertTrue(e.hint().startsWith("Known skills: "), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aSkillThatCannotBeLoadedIsRefusedAsFailedWork() throws Exception {
        String hub = TinySkill.copyTo(copy);
        byte[] before = started(hub);
        Path phase = copy.resolve("phases/1-pick.md");
        Files.writeString(phase, Files.readString(phase).replace("# Phase 1 — Pick\n", ""));

        RunException e = refused(() -> prepare(next()), "INVALID_SKILL", false);
        assertTrue(e.getMessage().startsWith("The skill cannot be loaded: "), e.getMessage());
        assertTrue(e.getMessage().contains("1-pick.md"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateOfAnotherSkillIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        RunException e =
                refused(() -> prepare(request("db-schema", Continuation.KEEP_FINISHED)), "STATE_MISMATCH", true);
        assertEquals("The state file " + state() + " belongs to skill tiny-pizza, not db-schema.", e.getMessage());
        assertEquals(fresh(), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aStateOfAnotherVersionOfTheSkillsFilesIsRefused() throws Exception {
        String hub = TinySkill.copyTo(copy);
        byte[] before = started(hub);
        Files.writeString(copy.resolve("phases/2-name.md"), "\n", StandardOpenOption.APPEND);

        RunException e = refused(() -> prepare(next()), "SKILL_CHANGED", true);
        assertTrue(
                e.getMessage()
                        .startsWith("The state file " + state() + " was made by a different version of the"
                                + " tiny-pizza skill's files ("),
                e.getMessage());
        assertEquals(fresh(), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithAnotherIntakeIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        RunException e = refused(() -> prepare(next().withIntake("a sunny morning")), "STATE_MISMATCH", true);
        assertEquals("A run with another intake is in progress in " + state() + ".", e.getMessage());
        assertEquals("Leave out --intake to continue it. " + fresh(), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithTheSameIntakeInOtherWhitespaceContinues() throws Exception {
        byte[] before = started(TinySkill.HUB);

        PreparedRun prepared = prepare(next().withIntake("  " + TinySkill.INTAKE + "\n"));
        assertFalse(prepared.isNew());
        assertEquals(prepared.onDisk(), prepared.state());
        assertEquals(1, prepared.state().pending().step());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithAnotherClockIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        RunException e = refused(() -> prepare(next().withClock("2026-11-22T10:00:00Z")), "STATE_MISMATCH", true);
        assertEquals(
                "The run in " + state() + " started with clock 2026-11-21T10:00:00Z, not 2026-11-22T10:00:00Z.",
                e.getMessage());
        assertEquals("Leave out --clock to continue it. " + fresh(), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithAnotherOutputFolderIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);
        Path other = copy.resolve("elsewhere");

        RunException e = refused(
                () -> prepare(RunRequest.of(null, state(), other, Continuation.ANSWER_PENDING)),
                "STATE_MISMATCH",
                true);
        assertEquals(
                "The run in " + state() + " writes its files into " + out + ", not " + other + ".", e.getMessage());
        assertEquals("Leave out --out to continue it. " + fresh(), e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aRunGivenNoOutputFolderContinuesInTheOneItRecords() throws Exception {
        started(TinySkill.HUB);

        PreparedRun prepared = prepare(RunRequest.of(null, state(), null, Continuation.ANSWER_PENDING));
        assertEquals(out, prepared.out());
        assertEquals(out.toString(), prepared.state().out());
    }

    @Test
    void aSaveAfterAnotherCallChangedTheStateIsRefused() throws Exception {
        started(TinySkill.HUB);
        PreparedRun first = prepare(request(null, Continuation.ANSWER_PENDING));
        PreparedRun second = prepare(request(null, Continuation.ANSWER_PENDING));
        Session.Result won = first.run(new Answering(List.of(TinySkill.TO_THE_END.get(0))));
        assertFalse(won instanceof Session.Result.Stopped, won.toString());
        byte[] after = Files.readAllBytes(state());

        String cream = "{\"answers\":{\"sauce\":\"Cream\",\"size\":\"Large\"}}";
        RunException e = refused(() -> second.run(new Answering(List.of(cream))), "STATE_CHANGED", true);
        assertEquals(
                "The state file " + state() + " changed while this answer was being checked (another kei call is"
                        + " using it); nothing was changed.",
                e.getMessage());
        assertArrayEquals(after, Files.readAllBytes(state()));
    }

    @Test
    void resumingWithTheSameInstantInAnotherOffsetContinues() throws Exception {
        byte[] before = started(TinySkill.HUB);

        PreparedRun prepared = prepare(next().withClock("2026-11-21T11:00:00.900+01:00"));
        assertFalse(prepared.isNew());
        assertEquals(TinySkill.CLOCK, prepared.state().clock());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void aClockIsStoredAsAUtcInstantToTheSecond() throws Exception {
        PreparedRun prepared = prepare(starting(TinySkill.HUB).withClock(" 2026-11-21T11:00:00.900+01:00 "));
        assertTrue(prepared.isNew());
        assertEquals("2026-11-21T10:00:00Z", prepared.state().clock());
    }

    @Test
    void aClockThatIsNotIsoIsRefused() {
        RunException e = refused(() -> prepare(starting(TinySkill.HUB).withClock("tomorrow")), "INVALID_CLOCK", true);
        assertEquals("--clock 'tomorrow' is not an ISO-8601 date-time.", e.getMessage());
        assertEquals("Pass e.g. --clock 2026-11-21T10:00:00Z.", e.hint());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aClockWithoutAnOffsetIsRefused() {
        RunException e =
                refused(() -> prepare(starting(TinySkill.HUB).withClock("2026-11-21T10:00:00")), "INVALID_CLOCK", true);
        assertEquals("--clock '2026-11-21T10:00:00' is not an ISO-8601 date-time.", e.getMessage());
        assertFalse(Files.exists(state()));
    }

    @Test
    void resumingWithAClockThatIsNotIsoIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB);

        refused(() -> prepare(next().withClock("tomorrow")), "INVALID_CLOCK", true);
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void startingWithoutAnIntakeIsRefused() {
        RunException e = refused(() -> prepare(starting(TinySkill.HUB).withIntake(null)), "MISSING_INTAKE", true);
        assertEquals("No run is in progress and no intake was given.", e.getMessage());
        assertTrue(e.hint().startsWith("Start one with --intake "), e.hint());
        assertFalse(Files.exists(state()));
    }

    @Test
    void startingWithABlankIntakeIsRefused() {
        refused(() -> prepare(starting(TinySkill.HUB).withIntake(" \t ")), "MISSING_INTAKE", true);
        assertFalse(Files.exists(state()));
    }

    @Test
    void anIntakeLongerThan4000CharactersIsRefused() {
        RunException e =
                refused(() -> prepare(starting(TinySkill.HUB).withIntake("a".repeat(4001))), "INVALID_INTAKE", true);
        assertEquals("The intake is longer than 4000 characters.", e.getMessage());
        assertFalse(Files.exists(state()));
    }

    @Test
    void anIntakeOf4000CharactersAfterStrippingStartsARun() throws Exception {
        PreparedRun prepared = prepare(starting(TinySkill.HUB).withIntake(" " + "a".repeat(4000) + "\n"));
        assertEquals("a".repeat(4000), prepared.state().intake());
    }

    @Test
    void anIntakeWithControlCharactersIsRefused() {
        RunException e = refused(
                () -> prepare(starting(TinySkill.HUB).withIntake("a rainy\u0007 evening")), "INVALID_INTAKE", true);
        assertEquals("The intake holds control characters.", e.getMessage());
        assertEquals("Pass plain text.", e.hint());
        assertFalse(Files.exists(state()));
    }

    @Test
    void answeringWithoutARunIsRefused() {
        RunException e = refused(() -> prepare(request(null, Continuation.ANSWER_PENDING)), "NO_RUN", true);
        assertEquals("No run is in progress: " + state() + " does not exist.", e.getMessage());
        assertFalse(Files.exists(state()));
    }

    @Test
    void answeringAFinishedRunIsRefused() throws Exception {
        byte[] before = started(TinySkill.HUB, TinySkill.TO_THE_END);

        RunException e = refused(() -> prepare(request(null, Continuation.ANSWER_PENDING)), "NO_QUESTION", true);
        assertEquals("The run is done; there is no question to answer.", e.getMessage());
        assertEquals("Run `kei-skill next` to see where the run stands.", e.hint());
        assertArrayEquals(before, Files.readAllBytes(state()));
    }

    @Test
    void stepModeShowsAFinishedRunAsItIs() throws Exception {
        started(TinySkill.HUB, TinySkill.TO_THE_END);

        PreparedRun prepared = prepare(next());
        assertTrue(prepared.state().done());
        assertFalse(prepared.isNew());
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFinishedRunOfAnotherSkillGivesWayToTheSkillNamed() throws Exception {
        byte[] before = started(TinySkill.HUB, TinySkill.TO_THE_END);

        PreparedRun prepared = prepare(request("db-schema", Continuation.KEEP_FINISHED)
                .withIntake("a blog with comments")
                .withClock(TinySkill.CLOCK));
        assertTrue(prepared.isNew());
        assertEquals("db-schema", prepared.skill().name());
        assertEquals(
                "The tiny-pizza run in " + state()
                        + " is finished (kept as tiny-pizza.finished.json); starting db-schema."
                        + System.lineSeparator(),
                logged.toString(StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(state())); // nothing is written before the run goes on
        // answering is still answering the run that is there: none is waiting
        refused(() -> prepare(request("db-schema", Continuation.ANSWER_PENDING)), "STATE_MISMATCH", true);
    }

    @Test
    void aWholeRunReplacesAFinishedRun() throws Exception {
        byte[] before = started(TinySkill.HUB, TinySkill.TO_THE_END);

        PreparedRun prepared = prepare(request(null, Continuation.RESTART_FINISHED)
                .withIntake("a sunny morning")
                .withClock(TinySkill.CLOCK));
        assertTrue(prepared.isNew());
        assertEquals("a sunny morning", prepared.state().intake());
        assertEquals(
                "The run in " + state() + " is finished; starting a new one." + System.lineSeparator(),
                logged.toString(StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(state())); // nothing is written before the run goes on
    }

    @Test
    void aReplayStartsFromTheTranscriptsSkillIntakeClockAndRecordedValues() throws Exception {
        Transcript t = transcript("tiny-pizza", Map.of("proposal", TextNode.valueOf("a reply")));

        PreparedRun prepared =
                prepare(request(TinySkill.HUB, Continuation.RESTART_FINISHED).replaying(t));
        assertTrue(prepared.isNew());
        assertEquals(TinySkill.INTAKE, prepared.state().intake());
        assertEquals(TinySkill.CLOCK, prepared.state().clock());
        assertEquals(t.recorded(), prepared.state().recorded());
    }

    @Test
    void aReplayWithAnotherIntakeIsRefused() {
        RunRequest request = request(TinySkill.HUB, Continuation.RESTART_FINISHED)
                .withIntake("a sunny morning")
                .replaying(transcript("tiny-pizza", Map.of()));

        RunException e = refused(() -> prepare(request), "USAGE", true);
        assertEquals("--intake differs from the transcript's intake.", e.getMessage());
        assertEquals("Leave out --intake.", e.hint());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aReplayWithAnotherClockIsRefused() {
        RunRequest request = request(TinySkill.HUB, Continuation.RESTART_FINISHED)
                .withClock("2026-11-22T10:00:00Z")
                .replaying(transcript("tiny-pizza", Map.of()));

        RunException e = refused(() -> prepare(request), "USAGE", true);
        assertEquals("--clock differs from the transcript's clock " + TinySkill.CLOCK + ".", e.getMessage());
        assertFalse(Files.exists(state()));
    }

    @Test
    void aReplayOfAnotherSkillsTranscriptIsRefused() {
        RunRequest request =
                request(TinySkill.HUB, Continuation.RESTART_FINISHED).replaying(transcript("db-schema", Map.of()));

        RunException e = refused(() -> prepare(request), "USAGE", true);
        assertEquals("The transcript is for skill db-schema, not tiny-pizza.", e.getMessage());
        assertEquals("Leave out SKILL, or replay a transcript of tiny-pizza.", e.hint());
        assertFalse(Files.exists(state()));
    }

    private static Transcript transcript(String skill, Map<String, JsonNode> recorded) {
        return new Transcript(Transcript.VERSION, skill, TinySkill.INTAKE, TinySkill.CLOCK, List.of(), recorded);
    }

    /** Answers from a list, then waits as step mode does, so the state is saved at the next question. */
    private static final class Answering implements QuestionTransport {
        private final Deque<String> answers;

        Answering(List<String> answers) {
            this.answers = new ArrayDeque<>(answers);
        }

        @Override
        public Reply ask(Envelope.Ask ask) {
            return answers.isEmpty() ? new Reply.Suspended() : new Reply.Answered(answers.pop());
        }

        @Override
        public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
            throw new AssertionError(error.message());
        }

        @Override
        public void finished(Envelope.Done done) {
            // the state file holds the finished run; nothing to show
        }
    }
}
