package dev.kei.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the tool's own encoding is undone; everything else reaches the engine as the model sent it. */
class ToolArgumentsTest {
    static final List<String> IDS = List.of("entities", "review");

    @Test
    void anOtherFieldBecomesTheAnswerToItsQuestion() {
        assertEquals(
                "{\"answers\":{\"review\":\"Approve\",\"entities\":\"authors(name text!)\"}}",
                ToolArguments.answers(
                        "{\"entities\":null,\"entities_other\":\"authors(name text!)\",\"review\":\"Approve\"}", IDS));
    }

    @Test
    void emptyFieldsAreDropped() {
        assertEquals(
                "{\"answers\":{\"entities\":\"Keep all\"}}",
                ToolArguments.answers("{\"entities\":\"Keep all\",\"entities_other\":\"  \",\"review\":[]}", IDS));
    }

    @Test
    void aReplyThatFillsBothAnOptionAndFreeTextIsTakenAsTheOption() {
        assertEquals(
                "{\"answers\":{\"entities\":\"Keep all\"}}",
                ToolArguments.answers("{\"entities\":\"Keep all\",\"entities_other\":\"users\"}", IDS));
    }

    @Test
    void malformedArgumentsPassAsTheyAre() {
        assertEquals("{\"entities\": [", ToolArguments.answers("{\"entities\": [", IDS));
    }

    @Test
    void argumentsThatAreNotAnObjectBecomeTheAnswersValue() {
        assertEquals("{\"answers\":[\"Keep all\"]}", ToolArguments.answers("[\"Keep all\"]", IDS));
        assertEquals("{\"answers\":{}}", ToolArguments.answers("", IDS));
    }
}
