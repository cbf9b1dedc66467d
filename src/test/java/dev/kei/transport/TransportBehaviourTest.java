package dev.kei.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.engine.State;
import dev.kei.io.Json;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every question transport shares (the MCP SDK's abstract-suite pattern): each transport subclass
 * says how a conversation is held over it; the cases here are the same for all. They run the tiny test skill, so
 * they also prove the engine knows no db-schema specifics.
 */
abstract class TransportBehaviourTest {
    static final String PIZZA = "Pizza \"tomato-special\" for a rainy evening\nsauce: Tomato\nsize: Large\n"
            + "toppings: Cheese;Basil;\nordered: 2026-11-21T10:00:00Z\n";

    @TempDir
    Path out;

    /** One answer: the value for each question id, in question order; a List value is a multi-select. */
    record Turn(Map<String, Object> answers) {
        static Turn of(Object... idsAndValues) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < idsAndValues.length; i += 2) {
                m.put((String) idsAndValues[i], idsAndValues[i + 1]);
            }
            return new Turn(m);
        }

        String json() {
            return Json.line(Map.of("answers", answers));
        }
    }

    /** How a conversation ended: the exit code of its last process, and what it printed. */
    record Ending(int exitCode, String out, String err) {}

    /** Holds a conversation over this transport: the turns in order, then the input ends. */
    abstract Ending converse(Path out, List<Turn> turns) throws Exception;

    /** The exit code when input ends with a question unanswered (step mode simply waits: 0). */
    int exitWhenInputEnds() {
        return 2;
    }

    static final Turn BASE = Turn.of("sauce", "Tomato", "size", "Large (Recommended)");
    static final Turn TOPPINGS = Turn.of("toppings", List.of("Cheese", "basil"));
    static final Turn YES = Turn.of("name", "Yes");

    @Test
    void plainPathReachesDoneAndWritesTheArtifact() throws Exception {
        Ending end = converse(out, List.of(BASE, TOPPINGS, YES));
        assertEquals(0, end.exitCode(), end.toString());
        assertEquals(PIZZA, Files.readString(out.resolve("pizza.txt")));
        State state = state(out);
        assertTrue(state.done());
        assertEquals(3, state.asks());
    }

    @Test
    void conditionSkipsAStep() throws Exception {
        Ending end = converse(out, List.of(Turn.of("sauce", "Cream", "size", "Tiny"), YES));
        assertEquals(0, end.exitCode(), end.toString());
        assertTrue(Files.readString(out.resolve("pizza.txt")).contains("size: Tiny\ntoppings: \n"));
        assertEquals(2, state(out).asks());
    }

    @Test
    void loopAsksTheStepAgain() throws Exception {
        Ending end = converse(out, List.of(BASE, TOPPINGS, Turn.of("name", "Again"), Turn.of("name", "Margherita")));
        assertEquals(0, end.exitCode(), end.toString());
        assertTrue(Files.readString(out.resolve("pizza.txt")).startsWith("Pizza \"margherita\""));
        assertEquals(4, state(out).asks());
    }

    @Test
    void rejectedAnswerNamesTheQuestionAndLeavesTheStateAsItWas(@TempDir Path other) throws Exception {
        converse(other, List.of(BASE));
        byte[] expected = Files.readAllBytes(other.resolve(".kei/state.json"));

        Ending end = converse(out, List.of(BASE, Turn.of("toppings", List.of("Cheese", "Pineapple"))));
        assertEquals(2, end.exitCode(), end.toString());
        String said = end.out() + end.err();
        assertTrue(said.contains("'Pineapple' is not an option of question 'toppings'"), said);
        assertFalse(said.contains("Exception"), said);
        // the same state but for the output folder it records
        assertEquals(
                new String(expected).replace(other.toString(), out.toString()),
                Files.readString(out.resolve(".kei/state.json")));
    }

    @Test
    void badFreeTextIsRejectedWithTheReadersMessage() throws Exception {
        Ending end = converse(out, List.of(BASE, TOPPINGS, Turn.of("name", "two words")));
        assertEquals(2, end.exitCode(), end.toString());
        assertTrue(
                (end.out() + end.err()).contains("Question 'name': 'two words' is not one word of letters."),
                end.toString());
        assertFalse(state(out).done());
    }

    @Test
    void endOfInputKeepsTheStateAndTheRunResumes() throws Exception {
        Ending first = converse(out, List.of(BASE));
        assertEquals(exitWhenInputEnds(), first.exitCode(), first.toString());
        assertEquals(1, state(out).asks());

        Ending rest = converse(out, resumeTurns(List.of(BASE, TOPPINGS, YES), 1));
        assertEquals(0, rest.exitCode(), rest.toString());
        assertEquals(PIZZA, Files.readString(out.resolve("pizza.txt")));
    }

    /** The turns a resumed conversation needs: replay re-reads a transcript from its start, the others go on. */
    List<Turn> resumeTurns(List<Turn> all, int answered) {
        return new ArrayList<>(all.subList(answered, all.size()));
    }

    static State state(Path out) throws Exception {
        return Json.MAPPER.readValue(Files.readString(out.resolve(".kei/state.json")), State.class);
    }

    static List<String> baseArgs(String command, Path out) {
        return new ArrayList<>(List.of(command, TinySkill.HUB, "--out", out.toString()));
    }
}
