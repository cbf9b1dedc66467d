package dev.kei.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.Option;
import dev.kei.ask.Payload;
import dev.kei.ask.Question;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import dev.kei.skill.Prompts;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The opening messages of one ask: the instructions ({@code prompts/answer-system.md}) and the question with the
 * intake and the answers given so far ({@code prompts/answer-questions.md.mustache}). Nothing else of the run goes
 * in: no state file, no artifact, no environment.
 */
final class AskPrompt {
    static final String SYSTEM = "answer-system.md";
    static final String QUESTIONS = "answer-questions.md.mustache";

    private AskPrompt() {}

    static List<ChatMessage> messages(
            String intake,
            List<Transcript.Exchange> earlier,
            Envelope.Ask ask,
            Payload payload,
            Predicate<String> freeText) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("intake", intake);
        List<Map<String, String>> answered = answered(earlier);
        scope.put("has_earlier", !answered.isEmpty());
        scope.put("earlier", answered);
        scope.put("step", ask.step());
        scope.put("phase", ask.phase());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < ask.ids().size(); i++) {
            Question q = payload.questions().get(i);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", ask.ids().get(i));
            shown.put("header", q.header());
            shown.put("question", q.question());
            shown.put("multi", q.multiSelect());
            shown.put("free_text", freeText.test(ask.ids().get(i)));
            List<Map<String, Object>> options = new ArrayList<>();
            for (int o = 0; o < q.options().size(); o++) {
                Option option = q.options().get(o);
                options.add(Map.of(
                        "label", option.plainLabel(),
                        "description", option.description(),
                        "recommended", o == 0 && option.label().endsWith(Option.RECOMMENDED)));
            }
            shown.put("options", options);
            questions.add(shown);
        }
        scope.put("questions", questions);
        return List.of(
                SystemMessage.from(Prompts.render(SYSTEM, Map.of())),
                UserMessage.from(Prompts.render(QUESTIONS, scope)));
    }

    /** One line per earlier answer: the question's header (when the exchange carries its payload), id and answer. */
    private static List<Map<String, String>> answered(List<Transcript.Exchange> earlier) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Transcript.Exchange e : earlier) {
            JsonNode questions = e.payload() == null ? null : e.payload().path("questions");
            for (int i = 0; i < e.ids().size(); i++) {
                String id = e.ids().get(i);
                JsonNode question = questions != null && questions.has(i) ? questions.get(i) : null;
                String header = question == null ? id : question.path("header").asText(id);
                JsonNode answer = e.answers().has(id) || question == null
                        ? e.answers().path(id)
                        : e.answers().path(question.path("question").asText());
                out.add(Map.of("header", header, "id", id, "answer", text(answer)));
            }
        }
        return out;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join(", ", parts);
        }
        return value.isTextual() ? value.textValue() : Json.line(value);
    }
}
