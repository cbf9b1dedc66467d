package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.redact.Redactor;
import dev.kei.support.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 11: credentials typed into the intake or a free-text answer were printed in the question text and
 * written verbatim to the state, {@code .next}, {@code db/report.md} and transcripts. Every kind of secret, in step
 * mode and in a recorded stdio run: no file under {@code --out} (nor {@code .kei/}), no transcript, no stdout and no
 * stderr holds any of it, and the mask is the same in both runs.
 */
class SecretsNeverStoredTest {
    static final String CLOCK = "2026-11-21T10:00:00Z";
    static final String BARE = "Zq9BarePw";
    static final String GITHUB = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    static final String OPENAI = "sk-proj-" + "Abc123def456ghi789JKLmno";
    static final String AWS_KEY = "AKIA" + "IOSFODNN7EXAMPLE";
    static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String PASSWORD = "S3cretPass!";

    /** What must never appear, each a fragment only the secret holds. */
    static final List<String> SECRETS = List.of(
            "Hunter2Qz", BARE, GITHUB.substring(4), OPENAI.substring(8), AWS_KEY, "wJalrXUtnFEMI", "S3cretPass");

    static final String ALL = "postgres://admin:Hunter2Qz@host/prod, key " + OPENAI + ", token " + GITHUB + ", aws "
            + AWS_KEY + " aws_secret_access_key=" + AWS_SECRET + " password=" + PASSWORD + " and " + BARE;

    static final String INTAKE = "a bookshop with authors, books and orders; reach it at " + ALL;

    static final String ENTITIES =
            "authors(name text!, dsn text = 'postgres://admin:Hunter2Qz@host/prod', note text = '" + ALL + "'),"
                    + " books(title text!)";

    static final Map<String, String> ENV = env();

    @TempDir
    Path work;

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DATABASE_URL", "postgres://app:" + BARE + "@db.internal:5432/shop");
        return env;
    }

    /** ENTITIES gets the secret-laden schema text, APPLY "Don't apply", everything else its recommended option. */
    static String answer(JsonNode ask) {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode questions = ask.path("payload").path("questions");
        for (int i = 0; i < questions.size(); i++) {
            String id = ask.path("ids").get(i).asText();
            String label = questions.get(i).path("options").get(0).path("label").asText();
            out.put(id, id.equals("entities") ? ENTITIES : id.equals("apply") ? "Don't apply" : label);
        }
        return Json.line(Map.of("answers", out));
    }

    /** An answer no reader accepts, quoting every secret: its error must not quote them back. */
    static String rejected(JsonNode ask) {
        return Json.line(Map.of("answers", Map.of("entities", "((( " + ALL)));
    }

    @Test
    void secretsInTheIntakeAndInFreeTextAnswersAreNeverStoredOrPrinted() throws Exception {
        Path step = work.resolve("step");
        StringBuilder printed = new StringBuilder();
        CliRun run = CliRun.withEnv(ENV, "", "next", "--out", step.toString(), "--intake", INTAKE, "--clock", CLOCK);
        // the same intake given again resumes the run: it is compared as stored, masked
        CliRun again = CliRun.withEnv(ENV, "", "next", "--out", step.toString(), "--intake", INTAKE);
        assertEquals(run.out(), again.out(), again.toString());
        List<String> lines = new ArrayList<>();
        boolean rejectedOnce = false;
        while (true) {
            printed.append(run.out()).append(run.err());
            assertEquals(0, run.exitCode(), run.toString());
            JsonNode envelope = Json.parse(run.out());
            if (envelope.path("type").asText().equals("done")) {
                break;
            }
            assertTrue(lines.size() < 30, "the flow does not end");
            if (!rejectedOnce && envelope.path("ids").toString().contains("entities")) {
                rejectedOnce = true;
                CliRun bad = CliRun.withEnv(ENV, "", "answer", "--out", step.toString(), "--json", rejected(envelope));
                assertEquals(2, bad.exitCode(), bad.toString());
                printed.append(bad.out()).append(bad.err());
                CliRun notJson = CliRun.withEnv(
                        ENV, "", "answer", "--out", step.toString(), "--json", "{\"answers\": " + BARE + "}");
                assertEquals(2, notJson.exitCode(), notJson.toString());
                printed.append(notJson.out()).append(notJson.err());
                lines.add(rejected(envelope));
            }
            String answer = answer(envelope);
            lines.add(answer);
            run = CliRun.withEnv(ENV, "", "answer", "--out", step.toString(), "--json", answer);
        }

        Path stdio = work.resolve("stdio");
        Path transcript = work.resolve("run.json");
        CliRun whole = CliRun.withEnv(
                ENV,
                String.join("\n", lines) + "\n",
                "run",
                "--transport",
                "stdio",
                "--out",
                stdio.toString(),
                "--record",
                transcript.toString(),
                "--intake",
                INTAKE,
                "--clock",
                CLOCK);
        assertEquals(0, whole.exitCode(), whole.toString());
        printed.append(whole.out()).append(whole.err());
        assertTrue(whole.out().contains("INVALID_ANSWER"), whole.toString());

        Map<String, String> texts = new TreeMap<>(files(step));
        texts.putAll(files(stdio));
        texts.put(transcript.toString(), Files.readString(transcript));
        texts.put("stdout and stderr", printed.toString());
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (String secret : SECRETS) {
                assertTrue(!text.getValue().contains(secret), text.getKey() + " holds " + secret);
            }
        }
        assertTrue(Files.readString(step.resolve(".kei/state.json")).contains(Redactor.MASK));
        assertTrue(Files.readString(step.resolve("db/schema.sql")).contains("'postgres://[redacted]@host/prod'"));
        assertEquals(artifacts(step), artifacts(stdio), "the mask is deterministic");
    }

    /** Every file under {@code dir}, hidden ones included, by path. */
    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(out.size() > 5, "files: " + out.keySet());
        return out;
    }

    /** The artifacts (not the state) by relative path. */
    private static Map<String, String> artifacts(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : files(dir).entrySet()) {
            String rel = dir.relativize(Path.of(e.getKey())).toString();
            if (!rel.startsWith(".kei")) {
                out.put(rel, e.getValue());
            }
        }
        return out;
    }
}
