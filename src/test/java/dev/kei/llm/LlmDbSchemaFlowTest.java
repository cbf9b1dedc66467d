package dev.kei.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.OpenAiStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole db-schema flow headless through the bridge: a stub model takes the recommended option of every
 * question and proposes the tables; the recorded transcript then replays, with no model, to the same bytes.
 */
class LlmDbSchemaFlowTest {
    static final String INTAKE = "a bookshop with authors, books and orders";
    static final String CLOCK = "2026-11-21T10:00:00Z";
    static final String PROPOSAL = Json.line(Map.of(
            "entities",
            List.of(
                    "authors(name text!, bio text)",
                    "books(title text!, isbn varchar(13) unique, price_cents int!)",
                    "customers(email varchar(254)! unique, name text!)",
                    "orders(status enum(pending|paid|shipped)!, total_cents int!)"),
            "relations",
            List.of("books *-* authors", "customers 1-* orders", "orders *-* books"),
            "rationale",
            "Customers order books, which authors write."));

    static final ScriptedModel SCRIPT = new ScriptedModel();
    static OpenAiStub model;

    @TempDir
    Path work;

    @BeforeAll
    static void startModel() {
        model = OpenAiStub.start(SCRIPT);
        model.transformedBy(ScriptedModel.NAME);
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @BeforeEach
    void forgetRequests() {
        model.resetRequests();
    }

    CliRun throughTheBridge(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "run",
                "--transport",
                "llm",
                "--out",
                out.toString(),
                "--intake",
                INTAKE,
                "--clock",
                CLOCK,
                "--llm-backoff-ms",
                "1"));
        args.addAll(List.of(extra));
        return CliRun.withEnv(model.env(), "", args.toArray(String[]::new));
    }

    @Test
    @Tag("slow") // verifies on embedded PostgreSQL, twice
    @Tag("postgres")
    void theFlowRunsThroughTheModelAndItsTranscriptReplaysWithoutOne() throws Exception {
        SCRIPT.script(Map.of(), List.of(PROPOSAL));
        Path first = work.resolve("bridge");
        Path transcript = work.resolve("bridge.transcript.json");
        CliRun run = throughTheBridge(first, "--record", transcript.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("{\"type\":\"done\""), run.toString());
        assertTrue(run.err().contains("kei: the model stub-model proposed 4 tables."), run.err());
        String schema = Files.readString(first.resolve("db/schema.sql"));
        assertTrue(schema.contains("CREATE TABLE customers"), schema);
        assertTrue(schema.contains("CREATE TABLE books_authors"), schema);

        JsonNode t = Json.parse(Files.readString(transcript));
        assertEquals(9, t.path("exchanges").size());
        JsonNode recorded = t.at("/recorded/entities-proposal");
        assertEquals("model", recorded.path("source").asText());
        assertEquals("stub-model", recorded.path("model").asText());
        String entities = t.at("/exchanges/2/payload/questions/0/question").asText();
        assertTrue(
                entities.contains("Proposed by the model stub-model: Customers order books, which authors write."),
                entities);
        assertFalse(Files.readString(transcript).contains(OpenAiStub.API_KEY));

        // one proposal prompt and nine asks; the proposal prompt carries the intake and the stack answers
        List<JsonNode> requests = model.requests();
        List<JsonNode> prompts = requests.stream().filter(r -> !r.has("tools")).toList();
        assertEquals(1, prompts.size());
        String prompt = prompts.get(0).at("/messages/0/content").asText();
        assertTrue(prompt.contains(INTAKE) && prompt.contains("- DB: PostgreSQL"), prompt);
        assertEquals(10, requests.size());

        Path replayed = work.resolve("replayed");
        CliRun replay = CliRun.of("run", "--replay", transcript.toString(), "--out", replayed.toString());
        assertEquals(0, replay.exitCode(), replay.toString());
        assertEquals(10, model.requests().size(), "the replay called the model");
        assertEquals(artifacts(first), artifacts(replayed));
    }

    @Test
    void aProposalThatBreaksTheRulesGoesBackToTheModel() throws Exception {
        String unknownEntity =
                Json.line(Map.of("entities", List.of("books(title text!)"), "relations", List.of("authors 1-* books")));
        SCRIPT.script(Map.of("apply", "Don't apply"), List.of(unknownEntity, PROPOSAL));
        Path out = work.resolve("second-try");
        CliRun run = throughTheBridge(out);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("the reply cannot be used (attempt 1 of 3)"), run.err());
        List<JsonNode> prompts =
                model.requests().stream().filter(r -> !r.has("tools")).toList();
        assertEquals(2, prompts.size());
        JsonNode messages = prompts.get(1).path("messages");
        String feedback = messages.get(messages.size() - 1).path("content").asText();
        assertTrue(feedback.startsWith("That reply cannot be used: the schema text does not parse"), feedback);
        assertTrue(feedback.contains("authors"), feedback);
        assertTrue(Files.readString(out.resolve("db/schema.sql")).contains("CREATE TABLE customers"));
    }

    @Test
    void invalidProposalsAfterTheRetriesFallBackToTheCatalogueAndSaySo() throws Exception {
        SCRIPT.script(Map.of("apply", "Don't apply"), List.of("Sure! A bookshop needs books and authors."));
        Path out = work.resolve("fallback");
        Path transcript = work.resolve("fallback.json");
        CliRun run = throughTheBridge(out, "--record", transcript.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(3, model.requests().stream().filter(r -> !r.has("tools")).count());
        assertTrue(
                run.err()
                        .contains("kei: The model stub-model could not propose tables (no usable reply in 3"
                                + " attempts; the last: the reply holds no JSON object"),
                run.err());
        JsonNode t = Json.parse(Files.readString(transcript));
        assertEquals("catalogue", t.at("/recorded/entities-proposal/source").asText());
        assertTrue(t.at("/exchanges/2/payload/questions/0/question")
                .asText()
                .contains("these are the catalogue's instead."));
        assertTrue(Files.readString(out.resolve("db/report.md")).contains("Proposal archetype: shop"));

        Path replayed = work.resolve("fallback-replayed");
        CliRun replay = CliRun.of("run", "--replay", transcript.toString(), "--out", replayed.toString());
        assertEquals(0, replay.exitCode(), replay.toString());
        assertEquals(artifacts(out), artifacts(replayed));
    }

    @Test
    void aModelThatFailsOnTheProposalFallsBackAfterItsRetries() throws Exception {
        java.util.ArrayList<String> failing = new java.util.ArrayList<>();
        failing.add(null);
        SCRIPT.script(Map.of("apply", "Don't apply"), failing);
        Path out = work.resolve("server-error");
        CliRun run = throughTheBridge(out, "--llm-retries", "1");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(
                run.err()
                        .contains("could not propose tables (server error (HTTP 500: overloaded) (2 calls) at"
                                + " http://127.0.0.1:"),
                run.err());
        assertTrue(Files.readString(out.resolve("db/schema.sql")).contains("CREATE TABLE books"));
    }

    static Map<String, String> artifacts(Path root) throws Exception {
        return dev.kei.support.OutputFiles.texts(root);
    }
}
