package dev.kei.llm;

import dev.kei.engine.ModelProposals;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schema proposals from the bridge's model: the prompt goes out as it is, each reply is checked by the caller, and
 * a problem goes back to the model for another try, up to {@link LlmSettings#attempts()} replies. A call that fails
 * (after the client's own retries), a refusal or replies that never pass become {@link ModelProposals.Unavailable},
 * on which the caller falls back to its catalogue.
 */
public final class ChatModelProposals implements ModelProposals {
    private final ModelClient client;

    public ChatModelProposals(ModelClient client) {
        this.client = client;
    }

    @Override
    public String modelName() {
        return client.settings().model();
    }

    @Override
    public String propose(String purpose, String prompt, ReplyCheck check) throws Unavailable {
        int attempts = client.settings().attempts();
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.from(prompt)));
        String problem = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            ChatResponse response;
            try {
                response = client.chat(
                        ChatRequest.builder().messages(messages).build(),
                        purpose + (attempt == 1 ? "" : ", attempt " + attempt + " of " + attempts));
            } catch (ModelCallException e) {
                throw new Unavailable(e.reason() + " at " + client.settings().host());
            }
            AiMessage reply = response.aiMessage();
            if (response.finishReason() == FinishReason.CONTENT_FILTER) {
                throw new Unavailable("the model refused (content filter)");
            }
            String text = reply.text() == null ? "" : reply.text();
            Optional<String> found = text.isBlank() ? Optional.of("the reply was empty") : check.problem(text);
            if (found.isEmpty()) {
                return text;
            }
            problem = found.get();
            client.log("llm: " + purpose + ": the reply cannot be used (attempt " + attempt + " of " + attempts + "): "
                    + problem);
            messages.add(text.isBlank() ? AiMessage.from("(no reply)") : reply);
            messages.add(UserMessage.from(
                    "That reply cannot be used: " + problem + ". Reply again with the corrected JSON object only."));
        }
        throw new Unavailable("no usable reply in " + attempts + " attempts; the last: " + problem);
    }
}
