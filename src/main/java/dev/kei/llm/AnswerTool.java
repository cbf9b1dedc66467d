package dev.kei.llm;

import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The tool a model answers a step with, derived from the AskUserQuestion payload: one property per question id,
 * an {@code enum} of the option labels (an array of them for a multi-select), and for a question that accepts free
 * text an {@code <id>_other} string for the model's own answer. The schema guides the model; kei's engine still
 * validates whatever comes back.
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
            if (q.multiSelect()) {
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
            if (freeText.test(id)) {
                parameters.addProperty(
                        id + OTHER,
                        JsonStringSchema.builder()
                                .description("Your own answer to '" + id + "' when no option fits; then leave '" + id
                                        + "' out.")
                                .build());
            } else {
                required.add(id);
            }
        }
        parameters.required(required);
        return ToolSpecification.builder()
                .name(NAME)
                .description("Answers the questions of this step: one field per question id.")
                .parameters(parameters.build())
                .build();
    }
}
