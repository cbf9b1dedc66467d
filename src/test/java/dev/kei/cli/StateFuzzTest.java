package dev.kei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kei.io.Json;
import dev.kei.support.Bookshop;
import dev.kei.support.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state of a finished bookshop replay, mutated in a few hundred deterministic ways (every field deleted, nulled,
 * retyped or replaced, the file truncated): every load by {@code next} and {@code answer} is either accepted or
 * refused with exit 2 and one error envelope, never exit 1 or a stack trace, and a refused file is left as it was
 * (issue 11, item 17).
 */
class StateFuzzTest {
    /** Refusals of the state as loaded: the file is left as it was. */
    private static final Set<String> REFUSALS =
            Set.of("INVALID_STATE", "STATE_MISMATCH", "SKILL_CHANGED", "UNKNOWN_SKILL", "NO_QUESTION");

    /** A state accepted, the answer sent then refused for the question it holds. */
    private static final Set<String> ANSWER_REFUSED = Set.of("INVALID_ANSWER");

    @TempDir
    Path out;

    @Test
    void everyMutatedStateIsAcceptedOrRefusedWithExitCode2() throws Exception {
        Path transcript = Bookshop.withoutDatabase(Files.createDirectories(out.resolve("in")));
        CliRun replay = CliRun.of("run", "--replay", transcript.toString(), "--out", out.toString());
        assertEquals(0, replay.exitCode(), replay.toString());
        Path state = out.resolve(".kei/state.json");
        String original = Files.readString(state);
        Map<String, String> cases = mutations(original);
        assertTrue(cases.size() >= 300, "only " + cases.size() + " cases");

        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            for (String command : List.of("next", "answer")) {
                Files.writeString(state, c.getValue());
                Files.deleteIfExists(out.resolve(".kei/state.json.next"));
                byte[] before = Files.readAllBytes(state);
                CliRun run = command.equals("next")
                        ? CliRun.of("next", "--out", out.toString())
                        : CliRun.of("answer", "--out", out.toString(), "--json", "{\"answers\":{\"db\":\"SQLite\"}}");
                String problem = problem(run, before, state);
                if (problem != null) {
                    failures.add(c.getKey() + " (" + command + "): " + problem);
                }
                outcomes.merge(command + " exit " + run.exitCode(), 1, Integer::sum);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases; " + outcomes);
        assertTrue(outcomes.getOrDefault("next exit 2", 0) > 100, outcomes.toString());
    }

    private static String problem(CliRun run, byte[] before, Path state) throws Exception {
        if (run.toString().contains("\tat ") || run.toString().contains("Exception")) {
            return "a stack trace: " + run;
        }
        if (run.exitCode() == 0) {
            return null;
        }
        if (run.exitCode() != 2) {
            return "exit " + run.exitCode() + ": " + run;
        }
        if (run.lines().size() != 1) {
            return "not one envelope: " + run;
        }
        String code = Json.parse(run.out().strip()).get("code").asText();
        if (ANSWER_REFUSED.contains(code)) {
            return null;
        }
        if (!REFUSALS.contains(code)) {
            return "code " + code + ": " + run;
        }
        if (!java.util.Arrays.equals(before, Files.readAllBytes(state))) {
            return "the refused file changed: " + run;
        }
        return null;
    }

    /** Deterministic mutations of {@code original}, by name. */
    private static Map<String, String> mutations(String original) throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        JsonNode root = Json.parse(original);
        List<String> paths = new ArrayList<>();
        collect(root, "", 0, paths);
        // every field outside the generators' data, and an even sample of the data's many
        List<String> data = paths.stream().filter(p -> p.startsWith("/data/")).toList();
        paths.removeAll(data);
        for (int i = 0; i < data.size(); i += Math.max(1, data.size() / 30)) {
            paths.add(data.get(i));
        }
        List<JsonNode> values = List.of(
                NullNode.instance,
                IntNode.valueOf(-1),
                TextNode.valueOf("x"),
                BooleanNode.TRUE,
                JsonNodeFactory.instance.objectNode(),
                JsonNodeFactory.instance.arrayNode());
        for (String path : paths) {
            cases.put("delete " + path, Json.pretty(edit(root, path, null)));
            for (JsonNode v : values) {
                cases.put(path + " = " + v, Json.pretty(edit(root, path, v)));
            }
        }
        List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
        replacements.add(Map.entry("/clock", TextNode.valueOf("not-a-time")));
        replacements.add(Map.entry("/clock", TextNode.valueOf("2026-11-21T10:00:00")));
        replacements.add(Map.entry("/clock", TextNode.valueOf("+99999-01-01T00:00:00Z")));
        replacements.add(Map.entry("/cursor", TextNode.valueOf("9z")));
        replacements.add(Map.entry("/cursor", TextNode.valueOf("3a")));
        replacements.add(Map.entry("/asks", IntNode.valueOf(1000)));
        replacements.add(Map.entry("/version", IntNode.valueOf(2)));
        replacements.add(Map.entry("/answers/DB/value/0", TextNode.valueOf("Oracle")));
        replacements.add(Map.entry("/answers/SCALE/value/0", TextNode.valueOf("Huge")));
        replacements.add(Map.entry("/intake", TextNode.valueOf("")));
        replacements.add(Map.entry("/intake", TextNode.valueOf("a\u0007bell")));
        replacements.add(Map.entry("/skill", TextNode.valueOf("db-change")));
        replacements.add(Map.entry("/exchanges/0/ids/0", TextNode.valueOf("nope")));
        for (Map.Entry<String, JsonNode> r : replacements) {
            cases.put(r.getKey() + " := " + r.getValue(), Json.pretty(edit(root, r.getKey(), r.getValue())));
        }
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 40; i++) {
            int cut = (int) ((long) bytes.length * i / 41);
            cases.put("truncated at " + cut, new String(bytes, 0, cut, StandardCharsets.UTF_8));
        }
        cases.put("empty", "");
        cases.put("not JSON", "state");
        cases.put("an array", "[]");
        return cases;
    }

    /** JSON pointers to every field down to depth 4 (the first two items of each array). */
    private static void collect(JsonNode node, String at, int depth, List<String> paths) {
        if (depth > 4) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String p = at + "/" + name.replace("~", "~0").replace("/", "~1");
                paths.add(p);
                collect(node.get(name), p, depth + 1, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(2, node.size()); i++) {
                String p = at + "/" + i;
                paths.add(p);
                collect(node.get(i), p, depth + 1, paths);
            }
        }
    }

    /** A copy of {@code root} with the node at {@code pointer} replaced by {@code value} (removed when null). */
    private static JsonNode edit(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (value == null) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
        return copy;
    }
}
