package dev.kei.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerToolTest {
    static final Payload PAYLOAD = new Payload(List.of(
            new Question(
                    "Which database?",
                    "Database",
                    false,
                    List.of(new Option("PostgreSQL (Recommended)", "safe"), new Option("SQLite", "one file"))),
            new Question(
                    "Which tables may never be dropped?",
                    "Irreversible",
                    true,
                    List.of(new Option("None (Recommended)", "all may"), new Option("orders", "money"))),
            new Question(
                    "Approve?",
                    "Review",
                    false,
                    List.of(new Option("Approve (Recommended)", "go"), new Option("Back", "again")))));

    @Test
    void oneRequiredPropertyPerQuestionAnyOfItsOptionsAndOwnTextWhereFreeTextIsRead() {
        ToolSpecification tool =
                AnswerTool.of(PAYLOAD, List.of("db", "irreversible", "review"), id -> !id.equals("db"), s -> s);
        assertEquals("answer", tool.name());
        JsonObjectSchema p = tool.parameters();
        JsonEnumSchema db =
                assertInstanceOf(JsonEnumSchema.class, p.properties().get("db"));
        assertEquals(List.of("PostgreSQL", "SQLite"), db.enumValues());
        assertTrue(db.description().endsWith("Recommended: PostgreSQL."), db.description());
        JsonAnyOfSchema irreversible =
                assertInstanceOf(JsonAnyOfSchema.class, p.properties().get("irreversible"));
        JsonArraySchema labels =
                assertInstanceOf(JsonArraySchema.class, irreversible.anyOf().get(0));
        assertEquals(List.of("None", "orders"), ((JsonEnumSchema) labels.items()).enumValues());
        assertInstanceOf(JsonStringSchema.class, irreversible.anyOf().get(1));
        JsonAnyOfSchema review =
                assertInstanceOf(JsonAnyOfSchema.class, p.properties().get("review"));
        assertInstanceOf(JsonEnumSchema.class, review.anyOf().get(0));
        assertInstanceOf(JsonStringSchema.class, review.anyOf().get(1));
        assertEquals(
                List.of("db", "irreversible", "review"),
                List.copyOf(p.properties().keySet()));
    }

    /** The tool declared {@code "required": []} for free-text questions: {@code {}} was a legal reply. */
    @Test
    void aQuestionThatAcceptsFreeTextIsStillRequiredSoAnEmptyReplyIsNotLegal() {
        ToolSpecification tool =
                AnswerTool.of(PAYLOAD, List.of("db", "irreversible", "review"), id -> !id.equals("db"), s -> s);
        assertEquals(List.of("db", "irreversible", "review"), tool.parameters().required());
    }
}
