package dev.kei.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.OpenAiStub;
import dev.kei.support.OpenAiStub.Reply;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bridge against a stub OpenAI-compatible server, on the tiny skill. Each case resumes a run that a stdio
 * session left at its second question (toppings, a multi-select), so the state before the model's turn is known
 * and a rejected or failed turn can be shown to leave it byte for byte.
 */
class LlmTransportTest {
    static final Map<String, Object> TOPPINGS = Map.of("toppings", List.of("Cheese", "Basil"));
    static final Map<String, Object> YES = Map.of("name", "Yes");

    static OpenAiStub model;

    @TempDir
    Path out;

    byte[] before;

    @BeforeAll
    static void startModel() {
        model = OpenAiStub.start();
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    /** A stdio session answers the first question and ends: the state waits at step 2 (toppings). */
    @BeforeEach
    void stateAtToppings() throws Exception {
        model.reset();
        CliRun first = CliRun.withInput(
                "{\"answers\":{\"sauce\":\"Tomato\",\"size\":\"Large\"}}\n",
                "run",
                TinySkill.HUB,
                "--out",
                out.toString(),
                "--transport",
                "stdio",
                "--intake",
                TinySkill.INTAKE,
                "--clock",
                TinySkill.CLOCK);
        assertEquals(2, first.exitCode(), first.toString());
        before = Files.readAllBytes(state());
    }

    CliRun bridge(String... extra) {
        List<String> args = new ArrayList<>(
                List.of("run", TinySkill.HUB, "--out", out.toString(), "--transport", "llm", "--llm-backoff-ms", "5"));
        args.addAll(List.of(extra));
        return CliRun.withEnv(model.env(), "", args.toArray(String[]::new));
    }

    Path state() {
        return out.resolve(".kei/state.json");
    }

    void assertStateUntouched(CliRun run) throws Exception {
        assertEquals(new String(before), Files.readString(state()), run.toString());
    }

    @Test
    void aGoodToolCallIsStoredAndTheToolFollowsThePayload() throws Exception {
        model.replies(Reply.answers(TOPPINGS), Reply.answers(Map.of("name_other", "Margherita")));
        CliRun run = bridge();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.readString(out.resolve("pizza.txt")).startsWith("Pizza \"margherita\""));
        assertTrue(run.out().startsWith("{\"type\":\"done\""), run.toString());
        assertTrue(run.err().contains("tokens 412 in + 23 out"), run.err());

        List<JsonNode> requests = model.requests();
        assertEquals(2, requests.size());
        JsonNode toppings = requests.get(0);
        assertEquals("required", toppings.path("tool_choice").asText());
        JsonNode tool = toppings.at("/tools/0/function");
        assertEquals("answer", tool.path("name").asText());
        JsonNode property = tool.at("/parameters/properties/toppings");
        assertEquals("array", property.path("type").asText());
        assertEquals(
                List.of("Cheese", "Olives", "Basil"), Json.MAPPER.convertValue(property.at("/items/enum"), List.class));
        assertEquals(List.of("toppings"), Json.MAPPER.convertValue(tool.at("/parameters/required"), List.class));
        assertFalse(tool.at("/parameters/properties").has("toppings_other"), "toppings takes no free text");

        JsonNode name = requests.get(1).at("/tools/0/function/parameters");
        assertEquals(
                List.of("Yes", "Again"),
                Json.MAPPER.convertValue(name.at("/properties/name/anyOf/0/enum"), List.class));
        assertEquals("string", name.at("/properties/name/anyOf/1/type").asText());
        assertEquals(List.of("name"), Json.MAPPER.convertValue(name.path("required"), List.class));

        String prompt = userText(requests.get(1));
        assertTrue(prompt.contains("The app: " + TinySkill.INTAKE), prompt);
        assertTrue(prompt.contains("- Sauce (sauce): Tomato"), prompt);
        assertTrue(prompt.contains("- Toppings (toppings): Cheese, Basil"), prompt);
    }

    @Test
    void anUnknownLabelGoesBackToTheModelWithTheEnginesMessage() throws Exception {
        model.replies(
                Reply.answers(Map.of("toppings", List.of("Cheese", "Pineapple"))),
                Reply.answers(TOPPINGS),
                Reply.answers(YES));
        CliRun run = bridge();
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode retry = model.requests().get(1);
        JsonNode messages = retry.path("messages");
        JsonNode last = messages.get(messages.size() - 1);
        assertEquals("tool", last.path("role").asText());
        assertTrue(
                last.path("content").asText().contains("'Pineapple' is not an option of question 'toppings'"),
                last.toString());
        JsonNode call = messages.get(messages.size() - 2);
        assertEquals("assistant", call.path("role").asText());
        assertEquals(
                last.path("tool_call_id").asText(), call.at("/tool_calls/0/id").asText());
        assertTrue(run.err().contains("the answer was rejected (attempt 1 of 3)"), run.err());
    }

    @Test
    void malformedArgumentsAreRejectedByTheEngineAndRetried() throws Exception {
        model.replies(Reply.toolCall("{\"toppings\": [\"Cheese\""), Reply.answers(TOPPINGS), Reply.answers(YES));
        CliRun run = bridge();
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode messages = model.requests().get(1).path("messages");
        String result = messages.get(messages.size() - 1).path("content").asText();
        assertTrue(result.contains("The answer is not valid JSON"), result);
    }

    @Test
    void plainTextIsSentBackWithTheInstructionToCallTheTool() throws Exception {
        model.replies(Reply.text("I would pick cheese."), Reply.answers(TOPPINGS), Reply.answers(YES));
        CliRun run = bridge();
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode messages = model.requests().get(1).path("messages");
        assertEquals(
                "I would pick cheese.",
                messages.get(messages.size() - 2).path("content").asText());
        assertTrue(userText(model.requests().get(1)).contains("Do not reply with text"));
    }

    static Stream<Arguments> answersThatNeverPass() {
        return Stream.of(
                Arguments.of(
                        "unknown label", Reply.answers(Map.of("toppings", List.of("Pineapple"))), "INVALID_ANSWER"),
                Arguments.of("malformed arguments", Reply.toolCall("{toppings: Cheese"), "not valid JSON"),
                Arguments.of("plain text", Reply.text("Cheese, I suppose."), "MODEL_NO_ANSWER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatNeverPass")
    void afterTheAttemptsTheRunStopsWithExit2AndTheStateByteIdentical(String name, Reply reply, String said)
            throws Exception {
        model.replies(reply);
        CliRun run = bridge();
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(3, model.requests().size(), run.toString());
        assertTrue(run.err().contains(said), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertStateUntouched(run);
    }

    @Test
    void aRateLimitIsRetriedAfterABackoff() throws Exception {
        model.replies(Reply.status(429), Reply.answers(TOPPINGS), Reply.answers(YES));
        CliRun run = bridge();
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(3, model.requests().size());
        assertTrue(run.err().contains("rate limited (HTTP 429)"), run.err());
        assertTrue(run.err().contains("retry 1 of 4 in "), run.err());
    }

    @Test
    void serverErrorsUntilTheRetryBudgetEndsStopTheRunWithExit1() throws Exception {
        model.replies(Reply.status(500));
        CliRun run = bridge("--llm-retries", "2");
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(3, model.requests().size());
        assertTrue(run.err().contains("server error (HTTP 500: The server had an error)"), run.err());
        assertTrue(run.err().contains("(3 calls)"), run.err());
        assertTrue(run.err().contains("Code : MODEL_FAILED"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertStateUntouched(run);
    }

    @Test
    void aSlowReplyPastTheTimeoutStopsTheRunWithoutRetrying() throws Exception {
        model.replies(Reply.answers(TOPPINGS).delayed(3000));
        long start = System.nanoTime();
        CliRun run = bridge("--llm-timeout", "0.5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no reply within 500 ms"), run.err());
        assertTrue(run.err().contains("Code : MODEL_TIMEOUT"), run.err());
        assertTrue(millis < 2500, "took " + millis + " ms");
        assertEquals(1, model.requests().size());
        assertStateUntouched(run);
    }

    @Test
    void anUnreachableServerStopsTheRunWithExit1() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(model.env());
        env.put("KEI_LLM_BASE_URL", "http://127.0.0.1:9/v1");
        CliRun run = CliRun.withEnv(env, "", "run", TinySkill.HUB, "--out", out.toString(), "--transport", "llm");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Code : MODEL_UNREACHABLE"), run.err());
        assertStateUntouched(run);
    }

    @Test
    void theKeyGoesInTheHeaderOnlyAndSecretsNeverLeave() throws Exception {
        model.replies(Reply.answers(TOPPINGS), Reply.answers(YES));
        Path transcript = out.resolve("t.json");
        CliRun run = bridge("--record", transcript.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(
                "Bearer " + OpenAiStub.API_KEY, model.loggedRequests().get(0).getHeader("Authorization"));
        for (String shown :
                List.of(run.out(), run.err(), Files.readString(state()), Files.readString(transcript), bodies())) {
            assertFalse(shown.contains(OpenAiStub.API_KEY), "the API key leaked");
        }
        assertTrue(run.err().contains("API key from KEI_LLM_API_KEY (set)"), run.err());
    }

    @Test
    void credentialsInTextBoundForTheModelAreMasked() throws Exception {
        Path fresh = out.resolve("fresh");
        model.replies(Reply.answers(Map.of("sauce", "Tomato", "size", "Tiny")), Reply.answers(YES));
        String intake = "an app on mysql://root:s3cret-pass-word@localhost/app, like DATABASE_URL="
                + model.env().get("DATABASE_URL");
        CliRun run = CliRun.withEnv(
                model.env(),
                "",
                "run",
                TinySkill.HUB,
                "--out",
                fresh.toString(),
                "--transport",
                "llm",
                "--intake",
                intake);
        assertEquals(0, run.exitCode(), run.toString());
        String sent = bodies();
        assertFalse(sent.contains("hunter2-database-password"), sent);
        assertFalse(sent.contains("s3cret-pass-word"), sent);
        assertTrue(sent.contains("mysql://[redacted]@localhost/app, like DATABASE_URL=[redacted]"), sent);
    }

    @Test
    void missingSettingsAreUsageErrorsThatNameTheVariable() {
        Map<String, String> env = new java.util.HashMap<>(model.env());
        env.remove("KEI_LLM_BASE_URL");
        CliRun run = CliRun.withEnv(env, "", "run", TinySkill.HUB, "--out", out.toString(), "--transport", "llm");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("KEI_LLM_BASE_URL is not set"), run.err());
        assertTrue(run.err().contains("http://localhost:11434/v1"), run.err());
    }

    @Test
    void aKeyPassedWhereAVariableNameGoesIsRefusedAndNotEchoed() {
        CliRun run = bridge("--llm-api-key-env", "sk-live-abcdef0123456789");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("takes the name of an environment variable"), run.err());
        assertFalse(run.toString().contains("abcdef0123456789"), run.toString());
    }

    @Test
    void aBaseUrlWithCredentialsIsRefused() {
        CliRun run = bridge("--llm-base-url", "https://user:pass@gateway.example/v1");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("holds credentials"), run.err());
        assertFalse(run.toString().contains("pass@"), run.toString());
    }

    @Test
    void llmOptionsWithoutTheLlmTransportAreAUsageError() {
        CliRun run = CliRun.of("run", TinySkill.HUB, "--out", out.toString(), "--llm-model", "x");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--llm-* options go with --transport llm"), run.err());
    }

    private static String userText(JsonNode request) {
        StringBuilder sb = new StringBuilder();
        request.path("messages").forEach(m -> {
            if (m.path("role").asText().equals("user")) {
                sb.append(m.path("content").asText()).append('\n');
            }
        });
        return sb.toString();
    }

    private static String bodies() {
        StringBuilder sb = new StringBuilder();
        model.loggedRequests().forEach(r -> sb.append(r.getBodyAsString()).append('\n'));
        return sb.toString();
    }
}
