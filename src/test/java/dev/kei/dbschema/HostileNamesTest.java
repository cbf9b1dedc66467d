package dev.kei.dbschema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names typed by a person never reach SQL unvalidated: at the entities question, schema text with quotes,
 * semicolons, comment markers, unicode or 200-byte names is an answer error naming the question, with the state
 * unchanged; reserved words are fine names and come out quoted.
 */
class HostileNamesTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void reachTheEntitiesQuestion() throws Exception {
        CliRun run =
                CliRun.of("next", "--out", out.toString(), "--intake", "a shop", "--clock", "2026-11-21T10:00:00Z");
        for (String answer : List.of(
                "{\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"Drizzle\",\"scale\":\"Small\",\"style\":\"UUID keys, plural tables\"}}",
                "{\"answers\":{\"migration_control\":\"Reviewed pairs in git\",\"columns\":\"None\",\"tenancy\":\"Single tenant\"}}")) {
            assertEquals(0, run.exitCode(), run.toString());
            run = CliRun.of("answer", "--out", out.toString(), "--json", answer);
        }
        assertEquals("entities", Json.parse(run.out()).path("ids").get(0).asText(), run.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "users\"; DROP TABLE users; --(name text)",
                "users(name text); DROP TABLE users",
                "users(na'me text)",
                "users(name text = ''); DROP TABLE x; --')",
                "\"users\"(name text)",
                "Users(name text)",
                "usérs(name text)",
                "用户(name text)",
                "users(name text, email text -- comment\n)",
                "users(name text = now(); drop table x)",
                "users(name varchar(10); drop table x)",
                "users(name enum(a|b'); drop table x|c))",
                "users(`name` text)",
                "users(name text[])",
                "users(name text collate \"C\")",
            })
    void hostileSchemaTextIsAnAnswerError(String text) throws Exception {
        byte[] before = Files.readAllBytes(out.resolve(".kei/state.json"));
        CliRun run = CliRun.of(
                "answer", "--out", out.toString(), "--json", Json.line(Map.of("answers", Map.of("entities", text))));
        assertEquals(2, run.exitCode(), run.toString());
        JsonNode error = Json.parse(run.out());
        assertEquals("INVALID_ANSWER", error.path("code").asText(), run.toString());
        assertTrue(
                error.path("message").asText().startsWith("Step 3 (phase 2-entities): Question 'entities': "),
                run.toString());
        assertFalse((run.out() + run.err()).contains("Exception"), run.toString());
        assertArrayEquals(before, Files.readAllBytes(out.resolve(".kei/state.json")));
    }

    @Test
    void aTwoHundredByteNameIsAnAnswerErrorSayingHowLong() throws Exception {
        String name = "a".repeat(200);
        CliRun run = CliRun.of(
                "answer",
                "--out",
                out.toString(),
                "--json",
                Json.line(Map.of("answers", Map.of("entities", name + "(x text)"))));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(Json.parse(run.out()).path("message").asText().contains("200 bytes"), run.toString());
    }

    @Test
    void reservedWordsAreNamesAndComeOutQuoted(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("next", "--out", dir.toString(), "--intake", "x", "--clock", "2026-11-21T10:00:00Z");
        String[] answers = {
            "{\"answers\":{\"db\":\"PostgreSQL\",\"orm\":\"Drizzle\",\"scale\":\"Small\",\"style\":\"UUID keys, plural tables\"}}",
            "{\"answers\":{\"migration_control\":\"Reviewed pairs in git\",\"columns\":\"None\",\"tenancy\":\"Single tenant\"}}",
            "{\"answers\":{\"entities\":\"user(select text!, from int), order(group text unique)\"}}",
            "{\"answers\":{\"relations\":\"user 1-* order\"}}",
        };
        for (String answer : answers) {
            assertEquals(0, run.exitCode(), run.toString());
            run = CliRun.of("answer", "--out", dir.toString(), "--json", answer);
        }
        assertEquals(0, run.exitCode(), run.toString());
        String ddl = Files.readString(dir.resolve("db/schema.sql"));
        assertTrue(ddl.contains("CREATE TABLE users") || ddl.contains("CREATE TABLE \"user"), ddl);
        assertTrue(ddl.contains("\"select\""), ddl);
        assertTrue(ddl.contains("\"from\""), ddl);
        assertTrue(ddl.contains("\"group\""), ddl);
    }
}
