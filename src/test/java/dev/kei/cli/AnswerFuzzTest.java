package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.io.Json;
import dev.kei.support.CliRun;
import dev.kei.support.TinySkill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of generated bad answers, handed to {@code kei-skill answer} in-process, at a question without free
 * text (so no random string can be a valid answer): every one must end with exit 2, one {@code error} envelope on
 * stdout, no stack trace anywhere, and the state file byte-identical.
 */
class AnswerFuzzTest {
    private static final int CASES = 400;

    @TempDir
    static Path tiny;

    @TempDir
    static Path dbSchema;

    /** The pending question of each fuzzed run: ids and their labels. */
    record Target(String name, Path out, String[] start, Map<String, List<String>> labels) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Target> targets = List.of(
                new Target(
                        "tiny",
                        tiny,
                        new String[] {"next", TinySkill.HUB, "--intake", "x", "--clock", TinySkill.CLOCK},
                        Map.of("sauce", List.of("Tomato", "Cream"), "size", List.of("Large", "Tiny"))),
                new Target(
                        "db-schema",
                        dbSchema,
                        new String[] {"next", "--intake", "a bookshop", "--clock", TinySkill.CLOCK},
                        Map.of(
                                "db",
                                List.of("PostgreSQL", "MySQL", "SQLite"),
                                "orm",
                                List.of("None · raw SQL or SQLx", "Prisma", "Drizzle", "SQLAlchemy"),
                                "scale",
                                List.of("Small", "Growing", "Large"),
                                "style",
                                List.of(
                                        "UUID keys, plural tables",
                                        "Bigint keys, plural tables",
                                        "UUID keys, singular tables",
                                        "Bigint keys, singular tables"))));
        List<Arguments> out = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261121L);
        for (Target t : targets) {
            for (int i = 0; i < CASES / targets.size(); i++) {
                out.add(Arguments.of(t, i, BadAnswers.next(random, t.labels())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("cases")
    void aBadAnswerIsRejectedCleanlyAndChangesNothing(Target target, int n, String answer) throws Exception {
        Path state = target.out().resolve(".kei/state.json");
        if (!Files.exists(state)) {
            List<String> args = new ArrayList<>(List.of(target.start()));
            args.addAll(List.of("--out", target.out().toString()));
            CliRun first = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, first.exitCode(), first.toString());
        }
        byte[] before = Files.readAllBytes(state);
        CliRun run = CliRun.of("answer", "--out", target.out().toString(), "--json=" + answer);
        String shown = "answer " + answer + "\n" + run;
        assertEquals(2, run.exitCode(), shown);
        assertEquals(1, run.lines().size(), shown);
        JsonNode error = Json.parse(run.lines().get(0));
        assertEquals("error", error.path("type").asText(), shown);
        assertEquals("INVALID_ANSWER", error.path("code").asText(), shown);
        assertFalse(error.path("message").asText().isBlank(), shown);
        assertFalse(error.path("hint").asText().isBlank(), shown);
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("at dev.kei"), shown);
        assertArrayEquals(before, Files.readAllBytes(state), shown);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedCases")
    void aProblemWithOneQuestionNamesIt(String answer, String question) throws Exception {
        Path out = Files.createTempDirectory("fuzz-named");
        CliRun.of("next", "--out", out.toString(), "--intake", "a shop", "--clock", TinySkill.CLOCK);
        CliRun run = CliRun.of("answer", "--out", out.toString(), "--json=" + answer);
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(Json.parse(run.out()).path("message").asText().contains("'" + question + "'"), run.toString());
    }

    static Stream<Arguments> namedCases() {
        String good = "\"orm\":\"Prisma\",\"scale\":\"Small\",\"style\":\"UUID keys, plural tables\"";
        return Stream.of(
                Arguments.of("{\"answers\":{\"db\":\"Postgres\"," + good + "}}", "db"),
                Arguments.of("{\"answers\":{" + good + "}}", "db"),
                Arguments.of("{\"answers\":{\"db\":7," + good + "}}", "db"),
                Arguments.of("{\"answers\":{\"db\":[\"MySQL\",\"SQLite\"]," + good + "}}", "db"),
                Arguments.of("{\"answers\":{\"db\":\"MySQL\",\"dbb\":\"MySQL\"," + good + "}}", "dbb"));
    }

    /** Generates answers that cannot be valid for the target question. */
    static final class BadAnswers {
        private BadAnswers() {}

        static String next(SplittableRandom r, Map<String, List<String>> labels) {
            List<String> ids = new ArrayList<>(labels.keySet());
            ids.sort(null);
            return switch (r.nextInt(8)) {
                case 0 -> garbage(r);
                case 1 -> "{\"answers\":" + scalar(r) + "}";
                case 2 -> "{\"answers\":{" + answers(r, ids, labels, ids.get(r.nextInt(ids.size())), Mode.MISSING)
                        + "}}";
                case 3 -> "{\"answers\":{" + answers(r, ids, labels, ids.get(r.nextInt(ids.size())), Mode.WRONG_TYPE)
                        + "}}";
                case 4 -> "{\"answers\":{" + answers(r, ids, labels, ids.get(r.nextInt(ids.size())), Mode.MUTATED)
                        + "}}";
                case 5 -> "{\"answers\":{" + answers(r, ids, labels, null, Mode.NONE) + ",\"" + word(r) + "\":\"x\"}}";
                case 6 -> "{\"answer\":{" + answers(r, ids, labels, null, Mode.NONE) + "}}";
                default -> "{\"answers\":{" + answers(r, ids, labels, null, Mode.NONE) + "},\"step\":"
                        + (2 + r.nextInt(50)) + "}";
            };
        }

        enum Mode {
            NONE,
            MISSING,
            WRONG_TYPE,
            MUTATED
        }

        private static String answers(
                SplittableRandom r, List<String> ids, Map<String, List<String>> labels, String target, Mode mode) {
            List<String> parts = new ArrayList<>();
            for (String id : ids) {
                List<String> options = labels.get(id);
                String label = options.get(r.nextInt(options.size()));
                if (id.equals(target) && mode == Mode.MISSING) {
                    continue;
                }
                String value = Json.line(label);
                if (id.equals(target) && mode == Mode.WRONG_TYPE) {
                    value = scalar(r);
                } else if (id.equals(target) && mode == Mode.MUTATED) {
                    value = Json.line(mutate(r, label, options));
                }
                parts.add(Json.line(r.nextBoolean() ? id : id.toUpperCase(Locale.ROOT)) + ":" + value);
            }
            return String.join(",", parts);
        }

        /** A label changed so that it matches no option, not even ignoring case. */
        private static String mutate(SplittableRandom r, String label, List<String> options) {
            while (true) {
                StringBuilder sb = new StringBuilder(label);
                int edits = 1 + r.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    int at = r.nextInt(sb.length() + 1);
                    switch (r.nextInt(3)) {
                        case 0 -> sb.insert(at, (char) (' ' + r.nextInt(0x2FF)));
                        case 1 -> {
                            if (at < sb.length()) {
                                sb.deleteCharAt(at);
                            }
                        }
                        default -> sb.insert(at, "'; DROP TABLE x; --");
                    }
                }
                String m = sb.toString();
                boolean valid = m.isBlank()
                        || options.stream()
                                .anyMatch(o -> o.equalsIgnoreCase(m.strip())
                                        || (o + " (Recommended)").equalsIgnoreCase(m.strip()));
                if (!valid) {
                    return m;
                }
            }
        }

        private static String scalar(SplittableRandom r) {
            return switch (r.nextInt(6)) {
                case 0 -> "null";
                case 1 -> Integer.toString(r.nextInt());
                case 2 -> r.nextBoolean() ? "true" : "false";
                case 3 -> "[]";
                case 4 -> "{\"x\":" + r.nextInt(9) + "}";
                default -> "[[\"a\"],1]";
            };
        }

        private static String garbage(SplittableRandom r) {
            String[] shapes = {
                "",
                " ",
                "{",
                "}",
                "[",
                "{\"answers\":",
                "{\"answers\":{\"db\":}}",
                "nul",
                "\"answers\"",
                "{\"answers\":{}}}",
                "{'answers':{}}",
                "\u0000",
                "{\"answers\":{\"db\":\"MySQL\"",
                "[{\"answers\":{}}]"
            };
            if (r.nextBoolean()) {
                return shapes[r.nextInt(shapes.length)];
            }
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append((char) (1 + r.nextInt(0x7E)));
            }
            return sb.toString();
        }

        private static String word(SplittableRandom r) {
            return "q" + Integer.toHexString(r.nextInt(1 << 20));
        }
    }
}
