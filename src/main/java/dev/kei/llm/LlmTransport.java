package dev.kei.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Envelope;
import dev.kei.ask.Payload;
import dev.kei.ask.QuestionTransport;
import dev.kei.ask.Transcript;
import dev.kei.io.Json;
import dev.kei.skill.FreeTextQuestions;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questions answered by a model through tool calls (the LLM bridge). Each ask becomes a chat request whose only
 * tool, {@code answer}, is derived from the payload ({@link AnswerTool}); the call's arguments become the answer the
 * engine validates like any other. A rejected answer goes back to the model as the tool's result, and a reply in
 * plain text is sent back too; after {@link LlmSettings#attempts()} failed tries the run stops with exit code 2 and
 * the state as it was. A model that cannot be reached stops the run with a {@link ModelCallException} (exit 1).
 *
 * <p>The model sees the intake, the answers given so far and the question: nothing else of the run.
 */
public final class LlmTransport implements QuestionTransport {
    private final ModelClient client;
    private final String intake;
    private final List<Transcript.Exchange> earlier;
    private final FreeTextQuestions freeText;
    private final PrintStream out;
    private final PrintStream log;
    private Conversation current;

    /** {@code earlier} holds the exchanges the run already has (a resumed run); the transport adds its own. */
    public LlmTransport(
            ModelClient client,
            String intake,
            List<Transcript.Exchange> earlier,
            FreeTextQuestions freeText,
            PrintStream out,
            PrintStream log) {
        this.client = client;
        this.intake = intake;
        this.earlier = new ArrayList<>(earlier);
        this.freeText = freeText;
        this.out = out;
        this.log = log;
    }

    @Override
    public Reply ask(Envelope.Ask ask) throws IOException {
        if (current == null || current.ask.step() != ask.step() || !current.retrying) {
            if (current != null && current.answer != null) {
                earlier.add(current.accepted());
            }
            current = start(ask);
        }
        current.retrying = false;
        int attempts = client.settings().attempts();
        while (true) {
            String purpose = "step " + ask.step() + " (phase " + ask.phase() + ")"
                    + (current.failures == 0 ? "" : ", attempt " + (current.failures + 1) + " of " + attempts);
            ChatRequest request = ChatRequest.builder()
                    .messages(current.messages)
                    .toolSpecifications(current.tool)
                    .toolChoice(ToolChoice.REQUIRED)
                    .build();
            ChatResponse response = client.chat(request, purpose);
            AiMessage reply = response.aiMessage();
            Optional<ToolExecutionRequest> call = reply.hasToolExecutionRequests()
                    ? reply.toolExecutionRequests().stream()
                            .filter(r -> AnswerTool.NAME.equals(r.name()))
                            .findFirst()
                    : Optional.empty();
            if (call.isPresent()) {
                current.reply = reply;
                current.answer = ToolArguments.answers(call.get().arguments(), ask.ids());
                log.println("llm: " + purpose + ": the model answered "
                        + clip(call.get().arguments()));
                return new Reply.Answered(current.answer);
            }
            String problem = reply.hasToolExecutionRequests()
                    ? "it called a tool other than `" + AnswerTool.NAME + "`"
                    : "it replied with text instead of calling the tool `" + AnswerTool.NAME + "`";
            current.failures++;
            log.println("llm: " + purpose + ": " + problem);
            if (current.failures >= attempts) {
                return new Reply.Ended(
                        "MODEL_NO_ANSWER",
                        "The model gave no usable answer to step " + ask.step() + " (phase " + ask.phase() + ") in "
                                + attempts + " attempts: " + problem + ".",
                        "The state is kept. Run the same command again, or use a model that supports tool calls"
                                + " (--llm-model).");
            }
            boolean silent = !reply.hasToolExecutionRequests()
                    && (reply.text() == null || reply.text().isBlank());
            current.messages.add(silent ? AiMessage.from("(no reply)") : reply);
            String instruction = "Answer by calling the tool `" + AnswerTool.NAME + "` with one field per question.";
            for (ToolExecutionRequest other : reply.toolExecutionRequests()) {
                current.messages.add(ToolExecutionResultMessage.from(other, "No such tool. " + instruction));
            }
            if (!reply.hasToolExecutionRequests()) {
                current.messages.add(UserMessage.from(instruction + " Do not reply with text."));
            }
        }
    }

    @Override
    public boolean rejected(Envelope.Error error, Envelope.Ask ask) {
        int attempts = client.settings().attempts();
        current.failures++;
        log.println("llm: step " + ask.step() + " (phase " + ask.phase() + "): the answer was rejected (attempt "
                + current.failures + " of " + attempts + "): " + error.message());
        if (current.failures >= attempts) {
            log.println(
                    "llm: giving up on step " + ask.step() + " after " + attempts + " attempts; the state is kept.");
            return false;
        }
        String result = "Rejected: " + error.message() + (error.hint() == null ? "" : " " + error.hint()) + " Call `"
                + AnswerTool.NAME + "` again with a corrected answer.";
        current.messages.add(current.reply);
        for (ToolExecutionRequest request : current.reply.toolExecutionRequests()) {
            current.messages.add(ToolExecutionResultMessage.from(request, result));
        }
        current.answer = null;
        current.retrying = true;
        return true;
    }

    @Override
    public void finished(Envelope.Done done) {
        out.println(Json.line(done));
        out.flush();
    }

    private Conversation start(Envelope.Ask ask) throws ModelCallException {
        Payload payload = Json.MAPPER.convertValue(ask.payload(), Payload.class);
        ToolSpecification tool =
                AnswerTool.of(payload, ask.ids(), id -> freeText.accepts(ask.phase(), id), client::redact);
        try {
            List<ChatMessage> messages = new ArrayList<>(
                    AskPrompt.messages(intake, earlier, ask, payload, id -> freeText.accepts(ask.phase(), id)));
            return new Conversation(ask, tool, messages);
        } catch (IllegalArgumentException e) {
            throw new ModelCallException(
                    "PROMPT_MISSING",
                    "The question cannot be put to the model: " + e.getMessage() + ".",
                    "missing prompt",
                    "Run kei through bin/kei-skill, or set KEI_HOME to the folder that holds prompts/.");
        }
    }

    private static String clip(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }

    /** One ask in progress: its messages so far, its failed tries, and the answer waiting for the engine. */
    private static final class Conversation {
        final Envelope.Ask ask;
        final ToolSpecification tool;
        final List<ChatMessage> messages;
        int failures;
        boolean retrying;
        AiMessage reply;
        String answer;

        Conversation(Envelope.Ask ask, ToolSpecification tool, List<ChatMessage> messages) {
            this.ask = ask;
            this.tool = tool;
            this.messages = messages;
        }

        /** The exchange an accepted answer adds to what the model is told next time. */
        Transcript.Exchange accepted() {
            JsonNode answers = Json.MAPPER.createObjectNode();
            try {
                answers = Json.parse(answer).path("answers");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // accepted answers are JSON; keep the empty object if not
            }
            return new Transcript.Exchange(ask.phase(), ask.ids(), ask.payload(), answers);
        }
    }
}
