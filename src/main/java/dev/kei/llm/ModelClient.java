package dev.kei.llm;

import dev.kei.redact.Redactor;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One OpenAI-compatible chat endpoint, called the way kei needs: every outgoing text through the {@link Redactor},
 * retries with backoff and jitter on 429 and 5xx within a bounded budget, and one line per call on stderr with its
 * latency and token usage (never the key, never more of the URL than scheme, host and port).
 */
public final class ModelClient {
    private final ChatModel model;
    private final LlmSettings settings;
    private final Redactor redactor;
    private final PrintStream log;
    private final RandomGenerator random = RandomGenerator.getDefault();

    ModelClient(ChatModel model, LlmSettings settings, Redactor redactor, PrintStream log) {
        this.model = model;
        this.settings = settings;
        this.redactor = redactor;
        this.log = log;
    }

    /** A client for the endpoint {@code settings} name; {@code env} supplies the values to redact. */
    public static ModelClient connect(LlmSettings settings, Map<String, String> env, PrintStream log) {
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey().reveal().orElse(null))
                .modelName(settings.model())
                .httpClientBuilder(new FixedTimeouts(settings.connectTimeout(), settings.readTimeout()))
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new ModelClient(
                model, settings, Redactor.of(env, settings.apiKey().reveal().orElse(null)), log);
    }

    public LlmSettings settings() {
        return settings;
    }

    /** {@code text} with the secrets the client knows masked: for text that goes out other than as a message. */
    String redact(String text) {
        return redactor.clean(text);
    }

    /** A line on the bridge's log (stderr). */
    void log(String line) {
        log.println(line);
    }

    /**
     * Sends {@code request} (its texts redacted) and returns the reply; {@code purpose} names the call in the log.
     *
     * @throws ModelCallException when the call failed and may not, or may no longer, be retried
     */
    ChatResponse chat(ChatRequest request, String purpose) throws ModelCallException {
        ChatRequest clean =
                request.toBuilder().messages(redacted(request.messages())).build();
        for (int call = 1; ; call++) {
            long start = System.nanoTime();
            try {
                ChatResponse response = model.chat(clean);
                log.println("llm: " + purpose + ": " + millis(start) + " ms, " + usage(response.tokenUsage())
                        + ", finish " + String.valueOf(response.finishReason()).toLowerCase(java.util.Locale.ROOT));
                return response;
            } catch (RuntimeException e) {
                CallFailure failure = CallFailure.of(e, settings, redactor);
                int retries = settings.backoff().retries();
                if (failure.retriable() && call <= retries) {
                    Duration wait = settings.backoff().delay(call, random);
                    log.println("llm: " + purpose + ": " + failure.what() + " after " + millis(start) + " ms; retry "
                            + call + " of " + retries + " in " + wait.toMillis() + " ms");
                    sleep(wait);
                    continue;
                }
                log.println("llm: " + purpose + ": " + failure.what() + " after " + millis(start) + " ms");
                String reason = failure.what() + (call > 1 ? " (" + call + " calls)" : "");
                throw new ModelCallException(
                        failure.code(),
                        "The model " + settings.model() + " at " + settings.host() + " failed on " + purpose + ": "
                                + reason + ".",
                        reason,
                        failure.hint() + " Nothing was stored for this step; the state is kept.",
                        e);
            }
        }
    }

    private List<ChatMessage> redacted(List<ChatMessage> messages) {
        return messages.stream().map(this::redacted).toList();
    }

    private ChatMessage redacted(ChatMessage message) {
        if (message instanceof SystemMessage s) {
            return SystemMessage.from(redactor.clean(s.text()));
        }
        if (message instanceof UserMessage u && u.hasSingleText()) {
            return UserMessage.from(redactor.clean(u.singleText()));
        }
        if (message instanceof ToolExecutionResultMessage t) {
            return ToolExecutionResultMessage.from(t.id(), t.toolName(), redactor.clean(t.text()));
        }
        return message;
    }

    private static String usage(TokenUsage usage) {
        if (usage == null || usage.totalTokenCount() == null) {
            return "tokens not reported";
        }
        return "tokens " + usage.inputTokenCount() + " in + " + usage.outputTokenCount() + " out";
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void sleep(Duration wait) throws ModelCallException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(
                    "INTERRUPTED", "Interrupted while waiting to retry the model.", "interrupted", null);
        }
    }
}
