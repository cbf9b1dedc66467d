package dev.kei.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.kei.io.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WireMock standing in for an OpenAI-compatible server: {@code POST /v1/chat/completions} answers with replies of
 * the real chat-completions shape (tool_calls whose arguments are a JSON string, usage, finish_reason), in order.
 */
public final class OpenAiStub implements AutoCloseable {
    public static final String PATH = "/v1/chat/completions";
    public static final String MODEL = "stub-model";
    /** The API key the tests hand over; it must never show up anywhere but the Authorization header. */
    public static final String API_KEY = "sk-test-9f8e7d6c5b4a39281706";

    private final WireMockServer server;
    private int calls;

    private OpenAiStub(WireMockServer server) {
        this.server = server;
    }

    public static OpenAiStub start(Extension... extensions) {
        WireMockServer server = new WireMockServer(
                options().dynamicPort().bindAddress("127.0.0.1").extensions(extensions));
        server.start();
        return new OpenAiStub(server);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** The environment a run through this stub gets. */
    public Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KEI_LLM_BASE_URL", baseUrl());
        env.put("KEI_LLM_MODEL", MODEL);
        env.put("KEI_LLM_API_KEY", API_KEY);
        env.put("DATABASE_URL", "postgres://app:hunter2-database-password@db.internal:5432/app");
        return env;
    }

    /** Forgets the replies and the requests received. */
    public void reset() {
        server.resetAll();
        calls = 0;
    }

    /** Forgets the requests received, keeping the replies. */
    public void resetRequests() {
        server.resetRequests();
    }

    /** The replies to the next calls, in order; the last one keeps answering after that. */
    public void replies(Reply... replies) {
        String scenario = "conversation";
        for (int i = 0; i < replies.length; i++) {
            ScenarioMappingBuilder stub = post(urlEqualTo(PATH))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "call-" + i)
                    .willReturn(replies[i].response());
            if (i < replies.length - 1) {
                stub = stub.willSetStateTo("call-" + (i + 1));
            }
            server.stubFor(stub);
        }
    }

    /** A stub that answers through a response transformer (for replies computed from the request). */
    public void transformedBy(String transformer) {
        server.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withTransformers(transformer)));
    }

    /** The bodies of the chat requests received, in order. */
    public List<JsonNode> requests() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r :
                server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)))) {
            out.add(Json.parse(r.getBodyAsString()));
        }
        return out;
    }

    /** The raw requests received (headers included). */
    public List<LoggedRequest> loggedRequests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo(PATH)));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One reply of the stub. */
    public record Reply(int status, String body, int delayMillis) {
        ResponseDefinitionBuilder response() {
            return aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)
                    .withFixedDelay(delayMillis);
        }

        /** A tool call of {@code answer} with these arguments (a JSON text, passed as the string it is). */
        public static Reply toolCall(String arguments) {
            return new Reply(200, toolCallBody(arguments), 0);
        }

        /** A tool call whose arguments are {@code answers} as JSON. */
        public static Reply answers(Object answers) {
            return toolCall(Json.line(answers));
        }

        /** Plain text instead of a tool call. */
        public static Reply text(String content) {
            return new Reply(200, textBody(content), 0);
        }

        /** An HTTP error with an OpenAI-style error body. */
        public static Reply status(int status) {
            String body = Json.line(Map.of(
                    "error",
                    Map.of(
                            "message", status == 429 ? "Rate limit reached for requests" : "The server had an error",
                            "type", status == 429 ? "requests" : "server_error",
                            "code", status == 429 ? "rate_limit_exceeded" : "internal_error")));
            return new Reply(status, body, 0);
        }

        /** This reply, after {@code millis}. */
        public Reply delayed(int millis) {
            return new Reply(status, body, millis);
        }
    }

    public static String toolCallBody(String arguments) {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", "answer");
        function.put("arguments", arguments);
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("id", "call_" + Integer.toHexString(arguments.hashCode()));
        call.put("type", "function");
        call.put("function", function);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", null);
        message.put("tool_calls", List.of(call));
        message.put("refusal", null);
        message.put("annotations", List.of());
        return completion(message, "tool_calls");
    }

    public static String textBody(String content) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        message.put("annotations", List.of());
        return completion(message, "stop");
    }

    private static String completion(Map<String, Object> message, String finishReason) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("logprobs", null);
        choice.put("finish_reason", finishReason);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("prompt_tokens", 412);
        usage.put("completion_tokens", 23);
        usage.put("total_tokens", 435);
        usage.put("prompt_tokens_details", Map.of("cached_tokens", 0, "audio_tokens", 0));
        usage.put(
                "completion_tokens_details",
                Map.of(
                        "reasoning_tokens", 0,
                        "audio_tokens", 0,
                        "accepted_prediction_tokens", 0,
                        "rejected_prediction_tokens", 0));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT");
        body.put("object", "chat.completion");
        body.put("created", 1763719200);
        body.put("model", "gpt-4o-mini-2024-07-18");
        body.put("choices", List.of(choice));
        body.put("usage", usage);
        body.put("service_tier", "default");
        body.put("system_fingerprint", "fp_560af6e559");
        return Json.line(body);
    }
}
