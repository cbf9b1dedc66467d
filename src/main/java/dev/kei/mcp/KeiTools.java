package dev.kei.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.kei.ask.Envelope;
import dev.kei.io.Json;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The three tools of contracts section 1, answering without elicitation (the stateless fallback): every result is
 * the envelope step mode prints, as text content (the line, byte for byte) and as structured content (the same
 * object), with {@code isError} set for an {@code error} envelope. The state file under {@code <out>/.kei/} is the
 * only memory; the server remembers just the folder of the last {@code kei_start}, as the default {@code out}.
 *
 * <p>How a result maps one-to-one onto the 2026-07-28 {@code input_required} tool result (multi round-trip
 * requests), so that moving to it is a change of shape, not of flow:
 *
 * <ul>
 *   <li>an {@code ask} envelope becomes {@code resultType: "input_required"}, with one entry in {@code
 *       inputRequests} keyed {@code "step-<step>"}: an {@code elicitation/create} form whose message and schema are
 *       the envelope's {@code payload} (see the elicitation mapping), the envelope itself kept beside it;
 *   <li>{@code requestState} is the output folder: the state file there holds everything else, which is why kei
 *       needs no memory between rounds;
 *   <li>the retry's {@code inputResponses["step-<step>"]} (an accepted form) is exactly {@code kei_answer}'s {@code
 *       answers} object; decline or cancel leaves the state as it is, as an unanswered {@code ask} does today;
 *   <li>a {@code done} envelope is the final (complete) result; an {@code error} envelope is a tool error ({@code
 *       isError}), the state unchanged, the same {@code ask} still pending.
 * </ul>
 */
final class KeiTools {
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

    private final StepCalls calls;
    private final Path base;
    private final CompletableFuture<Void> inputEnded;
    private final PrintStream log;
    private final ExecutorService formWaits = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kei-mcp-form");
        t.setDaemon(true);
        return t;
    });
    private final Set<Path> formsOpen = ConcurrentHashMap.newKeySet();
    private final RunArtifacts artifacts;
    private volatile Path current;

    /**
     * {@code base} is the server's {@code --out}: the default folder, and what a relative {@code out} is under;
     * {@code inputEnded} completes when the client's input ends (it went away), which ends any open form.
     */
    KeiTools(StepCalls calls, Path base, CompletableFuture<Void> inputEnded, RunArtifacts artifacts, PrintStream log) {
        this.calls = calls;
        this.artifacts = artifacts;
        this.base = base.toAbsolutePath().normalize();
        this.current = this.base;
        this.inputEnded = inputEnded;
        this.log = log;
    }

    List<SyncToolSpecification> specifications() {
        return List.of(
                spec(
                        "kei_start",
                        "Start a kei skill run (db-schema by default) in an output folder, or show the question its"
                                + " run is waiting on. Returns an envelope: type ask (show payload with"
                                + " AskUserQuestion, then call kei_answer), done (the artifacts) or error.",
                        ToolSchemas.object(
                                ToolSchemas.properties(
                                        "skill",
                                        ToolSchemas.text("The skill: db-schema (default) or db-change."),
                                        "intake",
                                        ToolSchemas.text("The app to design a database for, in one line."),
                                        "out",
                                        ToolSchemas.text("The output folder (default: the server's --out)."),
                                        "clock",
                                        ToolSchemas.text("Fixes \"now\" (ISO-8601, e.g. 2026-11-21T10:00:00Z)."),
                                        FORMS,
                                        FORMS_ARGUMENT),
                                List.of("intake")),
                        this::start),
                spec(
                        "kei_answer",
                        "Answer the pending question of the run in out: answers maps each question's id (or text)"
                                + " to an option label, a list of labels for multi-select, or free text. Returns the"
                                + " next envelope; a rejected answer is an error and the same question stays"
                                + " pending.",
                        ToolSchemas.object(
                                ToolSchemas.properties(
                                        "answers",
                                        ToolSchemas.typed(
                                                "object",
                                                "{\"<id or question>\": \"<label or free text>\" | [\"<label>\"]}"),
                                        "out",
                                        ToolSchemas.text("The run's output folder (default: the last kei_start's)."),
                                        FORMS,
                                        FORMS_ARGUMENT),
                                List.of("answers")),
                        this::answer),
                spec(
                        "kei_status",
                        "Show where the run in out stands: the pending ask envelope, or done.",
                        ToolSchemas.object(
                                ToolSchemas.properties(
                                        "out",
                                        ToolSchemas.text("The run's output folder (default: the last kei_start's).")),
                                List.of()),
                        this::status));
    }

    private McpSchema.CallToolResult start(McpSyncServerExchange exchange, Map<String, Object> args) {
        Path out = folder(args);
        String skill = string(args, "skill");
        String intake = string(args, "intake");
        String clock = string(args, "clock");
        McpSchema.CallToolResult result =
                withForms(exchange, args, out, forms -> published(out, calls.start(skill, intake, out, clock, forms)));
        if (!Boolean.TRUE.equals(result.isError())) {
            current = out;
        }
        return result;
    }

    private McpSchema.CallToolResult answer(McpSyncServerExchange exchange, Map<String, Object> args) {
        if (!(args.get("answers") instanceof Map)) { // absent, or not an object
            throw new BadArgument("answers", "an object of answers keyed by question id or text");
        }
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(Map.of("answers", args.get("answers")));
        } catch (JsonProcessingException e) {
            return result(StepCalls.Printed.of(
                    new Envelope.Error("INVALID_ANSWER", "The answers are not a JSON object.", null)));
        }
        Path out = folder(args);
        return withForms(exchange, args, out, forms -> published(out, calls.answer(out, json, forms)));
    }

    private McpSchema.CallToolResult status(McpSyncServerExchange exchange, Map<String, Object> args) {
        Path out = folder(args);
        if (formsOpen.contains(out)) {
            return formOpen(out);
        }
        return published(out, calls.status(out));
    }

    /** The call's result; a done envelope's artifacts become the server's resources. */
    private McpSchema.CallToolResult published(Path out, StepCalls.Printed printed) {
        McpSchema.CallToolResult result = result(printed);
        if (result.structuredContent() instanceof Map<?, ?> envelope && "done".equals(envelope.get("type"))) {
            artifacts.publish(out, Json.MAPPER.valueToTree(envelope));
        }
        return result;
    }

    /**
     * Runs {@code call} with the client's forms when it fills them in and the caller did not ask for envelopes
     * ({@code forms: false}); while a form of a run is open, other calls on that run are refused, not queued.
     */
    private McpSchema.CallToolResult withForms(
            McpSyncServerExchange exchange,
            Map<String, Object> args,
            Path out,
            Function<Optional<Forms>, McpSchema.CallToolResult> call) {
        Boolean asked = bool(args, FORMS);
        boolean forms = ClientForms.supported(exchange) && !Boolean.FALSE.equals(asked);
        if (!forms) {
            return formsOpen.contains(out) ? formOpen(out) : call.apply(Optional.empty());
        }
        if (!formsOpen.add(out)) {
            return formOpen(out);
        }
        try {
            return call.apply(Optional.of(new ClientForms(exchange, inputEnded, formWaits, log)));
        } finally {
            formsOpen.remove(out);
        }
    }

    private static McpSchema.CallToolResult formOpen(Path out) {
        return result(StepCalls.Printed.of(new Envelope.Error(
                "FORM_OPEN",
                "A question of the run in " + out + " is open as a form with the person.",
                "Wait until it is answered, declined or cancelled, then call again.")));
    }

    private Path folder(Map<String, Object> args) {
        String out = string(args, "out");
        return out == null ? current : base.resolve(out).normalize();
    }

    /** The string argument {@code name}, or null when it is absent. */
    private static String string(Map<String, Object> args, String name) {
        Object value = args.get(name);
        if (value != null && !(value instanceof String)) {
            throw new BadArgument(name, "a string");
        }
        return (String) value;
    }

    /** The boolean argument {@code name}, or null when it is absent. */
    private static Boolean bool(Map<String, Object> args, String name) {
        Object value = args.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new BadArgument(name, "true or false");
        }
        return (Boolean) value;
    }

    /** An argument of the wrong type: a tool error naming it, nothing run. */
    private static final class BadArgument extends RuntimeException {
        BadArgument(String name, String expected) {
            this("The argument '" + name + "' must be " + expected + ".");
        }

        BadArgument(String message) {
            super(message);
        }
    }

    private static McpSchema.CallToolResult badArgument(BadArgument e, String tool) {
        return result(StepCalls.Printed.of(new Envelope.Error(
                "INVALID_ARGUMENT", tool + ": " + e.getMessage(), "See the tool's input schema (tools/list).")));
    }

    static McpSchema.CallToolResult result(StepCalls.Printed printed) {
        Map<String, Object> structured;
        try {
            structured = Json.MAPPER.readValue(printed.envelope(), OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("step mode printed no envelope: " + printed.envelope(), e);
        }
        McpSchema.CallToolResult.Builder result = McpSchema.CallToolResult.builder()
                .addTextContent(printed.envelope())
                .structuredContent(structured)
                .isError(printed.error());
        if (printed.note() != null) { // after the envelope: the first content stays exactly what step mode prints
            result.addTextContent(printed.note());
        }
        return result.build();
    }

    private static SyncToolSpecification spec(
            String name,
            String description,
            McpSchema.JsonSchema input,
            BiFunction<McpSyncServerExchange, Map<String, Object>, McpSchema.CallToolResult> handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(name)
                .description(description)
                .inputSchema(input)
                .build();
        return SyncToolSpecification.builder()
                .tool(tool)
                .callHandler((exchange, request) -> {
                    Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
                    for (String key : args.keySet()) {
                        if (!input.properties().containsKey(key)) {
                            return badArgument(
                                    new BadArgument("There is no argument '" + key + "'; the arguments are "
                                            + input.properties().keySet() + "."),
                                    name);
                        }
                    }
                    try {
                        return handler.apply(exchange, args);
                    } catch (BadArgument e) {
                        return badArgument(e, name);
                    }
                })
                .build();
    }

    private static final String FORMS = "forms";

    private static final Map<String, Object> FORMS_ARGUMENT = ToolSchemas.typed(
            "boolean",
            "When the client fills in forms (elicitation): true (default) asks the person each question as a form"
                    + " within this call; false returns each question to you as an ask envelope.");
}
