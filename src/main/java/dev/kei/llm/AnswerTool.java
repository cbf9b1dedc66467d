package dev.kei.llm;

import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The tool a model answers a step with, derived from the AskUserQuestion payload: one required property per
 * question id, an {@code enum} of the option labels (an array of them for a multi-select); for a question that
 * accepts free text the property is {@code anyOf} that enum and a string, the model's own answer. Every question
 * is required, so a model (or a stand-in that fills only required properties) can never send {@code {}} legally.
 * The schema guides the model; kei's engine still validates whatever comes back, and {@link ToolArguments} still
 * reads the {@code <id>_other} field older tools declared.
 */
final class AnswerTool {
    static final String NAME = "answer";
    static final String OTHER = "_other";

    private AnswerTool() {}

    /**
     * The tool for {@code payload}, whose questions go by {@code ids}; {@code freeText} says which accept free text,
     * and {@code clean} masks secrets in the question texts the descriptions repeat.
     */
    static ToolSpecification of(
            Payload payload, List<String> ids, Predicate<String> freeText, UnaryOperator<String> clean) {
        JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Question q = payload.questions().get(i);
            List<String> labels = q.options().stream().map(Option::plainLabel).toList();
            String about = clean.apply(q.question().strip()) + " Recommended: " + labels.get(0) + ".";
            JsonEnumSchema choice = JsonEnumSchema.builder().enumValues(labels).build();
            if (freeText.test(id)) {
                JsonSchemaElement options = q.multiSelect()
                        ? JsonArraySchema.builder()
                                .items(choice)
                                .description("One or more labels.")
                                .build()
                        : JsonEnumSchema.builder()
                                .enumValues(labels)
                                .description("One label.")
                                .build();
                JsonStringSchema own = JsonStringSchema.builder()
                        .description("Your own answer, when no option fits.")
                        .build();
                parameters.addProperty(
                        id,
                        JsonAnyOfSchema.builder()
                                .anyOf(options, own)
                                .description(about + " An option, or your own answer.")
                                .build());
            } else if (q.multiSelect()) {
                parameters.addProperty(
                        id,
                        JsonArraySchema.builder()
                                .items(choice)
                                .description(about + " One or more labels.")
                                .build());
            } else {
                parameters.addProperty(
                        id,
                        JsonEnumSchema.builder()
                                .enumValues(labels)
                                .description(about)
                                .build());
            }
            required.add(id);
        }
        parameters.required(required);
        return ToolSpecification.builder()
                .name(NAME)
                .description("Answers the questions of this step: one field per question id.")
                .parameters(parameters.build())
                .build();
    }
}
