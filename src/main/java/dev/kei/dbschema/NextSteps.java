package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.util.HashMap;
import java.util.Map;

/**
 * 4f: the next-step block, tailored to DB and RUNNER (seed 000): kei-migrate's status / up / down 1 behind the
 * secrets loader, a Makefile snippet, the handoff to a native or existing runner, or the MySQL route; and the
 * {@code secrets/db.env} reminder, which appears in this block only, so it is printed exactly once.
 */
public final class NextSteps implements Generator {
    static final String BLOCK = "next_steps";

    @Override
    public String name() {
        return "next-steps";
    }

    @Override
    public void run(GeneratorContext context) {
        Stack stack = Drafts.stack(context);
        boolean existing = Choice.RUNNER_EXISTING.chosen(context::value);
        // a database kei-migrate does not run (MySQL) is applied by the user's runner
        boolean mysql =
                stack.database().runtime().isEmpty() && stack.nativeRunner().isEmpty() && !existing;
        Map<String, Object> scope = new HashMap<>();
        context.data("handoff").map(JsonNode::asText).ifPresent(h -> scope.put("handoff", h));
        stack.nativeRunner().ifPresent(r -> scope.put("native_runner", r));
        scope.put("kei", stack.nativeRunner().isEmpty() && !existing && !mysql);
        scope.put("sqlite", stack.database().isOneFile());
        scope.put("scripts", Choice.RUNNER_SCRIPTS.chosen(context::value));
        scope.put("later", Choice.RUNNER_LATER.chosen(context::value));
        scope.put("mysql", mysql);
        scope.put("existing", existing);
        context.data("migration").ifPresent(m -> scope.put("up", m.path("up").asText()));
        WriteOrmFiles.listed(context).ifPresent(files -> {
            scope.put("orm", stack.orm());
            scope.put("orm_files", files);
        });
        context.putData(BLOCK, context.render("next-steps.md.mustache", scope).strip() + "\n");
    }
}
