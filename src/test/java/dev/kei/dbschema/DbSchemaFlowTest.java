package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.ask.Payload;
import dev.kei.ask.PayloadContract;
import dev.kei.io.Json;
import dev.kei.skill.MarkdownSkillLoader;
import dev.kei.skill.Phase;
import dev.kei.skill.Skill;
import dev.kei.skill.Step;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The db-schema flow driven the way an assistant drives it: read the envelope, answer by label. The plain path
 * (the recommended option everywhere) takes exactly nine asks in step mode and over stdio, and both write the
 * same bytes. Other paths (revision loop, Prisma handoff, free text, SQLite, tenancy) show every question of
 * every phase, each checked against contracts section 3.
 */
@Tag("postgres") // the recommended path verifies on an embedded PostgreSQL of its own (ApplyMigrations)
class DbSchemaFlowTest {
    static final String INTAKE = "a bookshop with authors, books and orders";
    static final String CLOCK = "2026-11-21T10:00:00Z";

    /** Every ask envelope any test of this class saw, by step id. */
    static final Map<String, List<JsonNode>> SEEN = new TreeMap<>();

    @TempDir
    Path work;

    /** An assistant's policy: the answer to give to an ask envelope. */
    interface Assistant extends Function<JsonNode, String> {}

    /** Picks the first (recommended) option of every question. */
    static final Assistant RECOMMENDED = ask -> answers(ask, Map.of());

    /** Answers {@code ids} as given, everything else with the recommended option. */
    static String answers(JsonNode ask, Map<String, Object> given) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode questions = ask.path("payload").path("questions");
        for (int i = 0; i < questions.size(); i++) {
            String id = ask.path("ids").get(i).asText();
            out.put(
                    id,
                    given.getOrDefault(
                            id,
                            questions
                                    .get(i)
                                    .path("options")
                                    .get(0)
                                    .path("label")
                                    .asText()));
        }
        return Json.line(Map.of("answers", out));
    }

    /** Drives step mode until done; returns the asks it answered. */
    List<JsonNode> stepMode(Path out, Assistant assistant, String... startArgs) throws Exception {
        List<String> args =
                new ArrayList<>(List.of("next", "--out", out.toString(), "--intake", INTAKE, "--clock", CLOCK));
        args.addAll(List.of(startArgs));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<JsonNode> asks = new ArrayList<>();
        while (true) {
            assertEquals(0, run.exitCode(), run.toString());
            JsonNode envelope = Json.parse(run.out());
            if (envelope.path("type").asText().equals("done")) {
                return asks;
            }
            assertEquals("ask", envelope.path("type").asText(), run.toString());
            asks.add(envelope);
            SEEN.computeIfAbsent(stepOf(envelope), k -> new ArrayList<>()).add(envelope);
            assertTrue(asks.size() < 30, "the flow does not end");
            run = CliRun.of("answer", "--out", out.toString(), "--json", assistant.apply(envelope));
        }
    }

    @Test
    void thePlainPathTakesNineAsksInStepModeAndOverStdioWithTheSameBytes() throws Exception {
        Path step = work.resolve("step");
        List<JsonNode> asks = stepMode(step, RECOMMENDED);
        assertEquals(
                9,
                asks.size(),
                "asks: " + asks.stream().map(a -> a.path("phase").asText()).toList());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
                asks.stream().map(a -> a.path("step").asInt()).toList());

        Path stdio = work.resolve("stdio");
        StringBuilder lines = new StringBuilder();
        for (JsonNode ask : asks) {
            lines.append(RECOMMENDED.apply(ask)).append('\n');
        }
        CliRun run = CliRun.withInput(
                lines.toString(),
                "run",
                "--transport",
                "stdio",
                "--out",
                stdio.toString(),
                "--intake",
                INTAKE,
                "--clock",
                CLOCK);
        assertEquals(0, run.exitCode(), run.toString());
        List<String> out = run.lines();
        assertEquals(10, out.size(), run.toString());
        assertEquals(
                9, out.stream().filter(l -> l.startsWith("{\"type\":\"ask\"")).count());
        assertTrue(out.get(9).startsWith("{\"type\":\"done\""));
        assertEquals(artifacts(step), artifacts(stdio));
        assertTrue(Files.readString(step.resolve("db/report.md")).contains("the database is empty again"));
    }

    @Test
    void theRelationsQuestionSaysWhichWordsOfTheIntakeGaveEachRelation() throws Exception {
        Path out = work.resolve("library");
        CliRun run = CliRun.of(
                "next",
                "--out",
                out.toString(),
                "--clock",
                CLOCK,
                "--intake",
                "a public library lending system: members borrow copies of books, books have many authors");
        Map<String, String> asked = new java.util.HashMap<>();
        JsonNode ask = Json.parse(run.out());
        while (!ask.path("payload")
                .path("questions")
                .get(0)
                .path("header")
                .asText()
                .equals("Relations")) {
            JsonNode question = ask.path("payload").path("questions").get(0);
            asked.put(
                    question.path("header").asText(), question.path("question").asText());
            run = CliRun.of("answer", "--out", out.toString(), "--json", RECOMMENDED.apply(ask));
            ask = Json.parse(run.out());
        }
        String tables = asked.get("Entities");
        assertTrue(tables.contains("\nloans(borrowed_at timestamptz! = now(), due_on date!"), tables);
        String relations =
                ask.path("payload").path("questions").get(0).path("question").asText();
        assertTrue(relations.contains("books 1-* copies   <- \"copies of books\""), relations);
        assertTrue(relations.contains("members 1-* loans   <- \"members borrow copies\""), relations);
        assertTrue(relations.contains("books *-* authors   <- \"books have many authors\""), relations);
    }

    @Test
    void aRecordedStdioRunReplaysToTheSameBytes() throws Exception {
        Path first = work.resolve("first");
        Path transcript = work.resolve("t.json");
        List<JsonNode> asks = stepMode(
                first,
                ask -> answers(ask, Map.of("apply", "Don't apply", "seed", "Test fixtures")),
                "--record",
                transcript.toString());
        Path replayed = work.resolve("replayed");
        CliRun run = CliRun.of("run", "--replay", transcript.toString(), "--out", replayed.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(artifacts(first), artifacts(replayed));
        assertEquals(
                asks.size(),
                Json.parse(Files.readString(transcript)).path("exchanges").size());
    }

    @Test
    void aRevisionLoopsBackToTheReview() throws Exception {
        List<JsonNode> asks = stepMode(work, ask -> switch (stepOf(ask)) {
            case "3a" -> ask.path("step").asInt() == 5
                    ? answers(ask, Map.of("review", "books(subtitle text); -payments"))
                    : answers(ask, Map.of());
            default -> answers(ask, Map.of("apply", "Don't apply"));
        });
        assertEquals(10, asks.size());
        String ddl = Files.readString(work.resolve("db/schema.sql"));
        assertTrue(ddl.contains("subtitle"), ddl);
        assertFalse(ddl.contains("CREATE TABLE payments"), ddl);
    }

    @Test
    void prismaSkipsTheMigrationFilesAndRecordsTheHandoff() throws Exception {
        List<JsonNode> asks = stepMode(work, ask -> answers(ask, Map.of("orm", "Prisma", "apply", "Don't apply")));
        assertEquals(7, asks.size());
        assertFalse(Files.exists(work.resolve("migrations")));
        assertTrue(Files.readString(work.resolve("db/report.md")).contains("use `prisma migrate dev`"));
    }

    @Test
    void freeTextAnswersAndBackToEntities() throws Exception {
        List<JsonNode> asks = stepMode(work, ask -> {
            int n = ask.path("step").asInt();
            return switch (stepOf(ask)) {
                case "1a" -> answers(ask, Map.of("db", "SQLite", "style", "Bigint keys, singular tables"));
                case "1b" -> answers(ask, Map.of("tenancy", "Tenant column", "columns", "created_at only"));
                case "2a" -> answers(
                        ask,
                        Map.of(
                                "entities",
                                n < 5
                                        ? "authors(name text!), books(title text!, isbn varchar(13) unique)"
                                        : "user(email text! unique), order(total_cents int!), group(name text!)"));
                case "2b" -> answers(
                        ask, Map.of("relations", n < 5 ? "authors 1-* books" : "user 1-* order; user *-* group"));
                case "3a" -> answers(ask, Map.of("review", n < 6 ? "Back to entities" : "Approve"));
                case "4b" -> answers(ask, Map.of("irreversible", "user, order"));
                case "5a" -> answers(ask, Map.of("seed", "Rich"));
                default -> answers(ask, Map.of("runner", "Add to the project's scripts"));
            };
        });
        assertEquals(12, asks.size());
        String ddl = Files.readString(work.resolve("db/schema.sql"));
        assertTrue(ddl.contains("CREATE TABLE \"order\""), ddl);
        assertTrue(ddl.contains("tenant_id"), ddl);
        String down = Files.readString(Files.list(work.resolve("migrations"))
                .filter(p -> p.toString().endsWith(".down.sql"))
                .findFirst()
                .orElseThrow());
        assertTrue(down.contains("IRREVERSIBLE"), down);
        assertTrue(Files.readString(work.resolve("db/report.md")).contains("down refused as designed"));
    }

    @AfterAll
    static void everyQuestionOfEveryPhaseWasAskedAndObeysTheContract() throws Exception {
        Skill skill = MarkdownSkillLoader.load(Path.of("skill/SKILL.md"));
        Set<String> asking = new TreeSet<>();
        for (Phase phase : skill.phases()) {
            for (Step step : phase.steps()) {
                if (step.asks()) {
                    asking.add(step.id());
                }
            }
        }
        if (SEEN.size() < asking.size()) {
            return; // a subset of the tests ran; the full class shows every step
        }
        assertEquals(asking, SEEN.keySet());
        for (List<JsonNode> asks : SEEN.values()) {
            for (JsonNode ask : asks) {
                Payload payload = Json.MAPPER.treeToValue(ask.path("payload"), Payload.class);
                assertEquals(List.of(), PayloadContract.violations(payload), ask.toString());
                assertEquals(Set.of("questions"), fieldNames(ask.path("payload")));
                for (JsonNode q : ask.path("payload").path("questions")) {
                    assertEquals(Set.of("question", "header", "multiSelect", "options"), fieldNames(q));
                    assertTrue(
                            q.path("options").get(0).path("label").asText().endsWith(" (Recommended)"), q.toString());
                    for (JsonNode o : q.path("options")) {
                        assertEquals(Set.of("label", "description"), fieldNames(o));
                    }
                }
            }
        }
    }

    static String stepOf(JsonNode ask) {
        return switch (ask.path("ids").get(0).asText()) {
            case "db" -> "1a";
            case "migration_control" -> "1b";
            case "entities" -> "2a";
            case "relations" -> "2b";
            case "review" -> "3a";
            case "irreversible" -> "4b";
            case "runner" -> "4e";
            case "seed" -> "5a";
            case "apply" -> "5b";
            default -> throw new AssertionError("unknown ask " + ask);
        };
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Map<String, String> artifacts(Path root) throws Exception {
        return dev.kei.support.OutputFiles.texts(root);
    }
}
