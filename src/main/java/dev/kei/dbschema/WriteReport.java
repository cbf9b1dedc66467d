package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import java.io.IOException;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 5c: the secrets template and the final report. {@code .gitignore} gets {@code secrets/} (once) before
 * {@code secrets/db.env} is written, and that file is created mode 600 with {@code DATABASE_URL=} and no value;
 * an existing one is never read or overwritten. The report holds the answers, decisions, files and next steps;
 * the next steps also go into the {@code done} envelope.
 */
public final class WriteReport implements Generator {
    static final String REPORT = "db/report.md";
    static final String SECRETS = "secrets/db.env";
    static final String TEMPLATE = "# secrets/db.env — chmod 600 before first write\nDATABASE_URL=\n";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public String name() {
        return "write-report";
    }

    @Override
    public void run(GeneratorContext context) throws IOException {
        ignoreSecrets(context);
        if (!context.exists(SECRETS)) {
            context.write(SECRETS, TEMPLATE, OWNER_ONLY);
        } else {
            context.restrict(SECRETS, OWNER_ONLY);
            // kei's own untouched template (a resumed run) is an artifact; a file holding a value is the user's
            if (context.read(SECRETS).orElse("").equals(TEMPLATE)) {
                context.recordExisting(SECRETS);
            }
        }
        String nextSteps = context.data(NextSteps.BLOCK).map(JsonNode::asText).orElse("");
        context.write(REPORT, context.render("report.md.mustache", scope(context, nextSteps)));
        context.nextSteps(nextSteps);
    }

    private static void ignoreSecrets(GeneratorContext context) throws IOException {
        String text = context.read(".gitignore").orElse("");
        if (SecretsIgnored.in(context.out(), text)) {
            if (context.exists(".gitignore")) {
                context.recordExisting(".gitignore");
            }
            return;
        }
        String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        context.update(".gitignore", text + sep + "secrets/\n");
    }

    private static Map<String, Object> scope(GeneratorContext context, String nextSteps) {
        Stack stack = Drafts.stack(context);
        Map<String, Object> scope = new HashMap<>();
        scope.put("intake", context.intake());
        scope.put("clock", context.clock().toString());
        scope.put("date", context.clock().toString().substring(0, 10));
        List<Map<String, String>> answers = new ArrayList<>();
        for (String key : List.of(
                "DB",
                "ORM",
                "SCALE",
                "STYLE",
                "MIGRATION_CONTROL",
                "COLUMNS",
                "TENANCY",
                "ENTITIES",
                "RELATIONS",
                "REVIEW",
                "IRREVERSIBLE",
                "RUNNER",
                "SEED",
                "APPLY")) {
            context.value(key).ifPresent(v -> answers.add(Map.of("key", key, "value", oneLine(v))));
        }
        scope.put("answers", answers);
        scope.put("db", stack.db());
        scope.put("orm", stack.orm());
        scope.put(
                "keys",
                stack.design().keys() == dev.kei.sql.Design.Keys.UUID ? "uuid, gen_random_uuid()" : "bigint identity");
        scope.put("naming", stack.design().naming().name().toLowerCase());
        scope.put("timestamps", stack.design().timestamps().name().toLowerCase().replace('_', ' '));
        scope.put("tenancy", stack.design().tenancy().name().toLowerCase().replace('_', ' '));
        scope.put("archetype", context.data("archetype").map(JsonNode::asText).orElse("none"));
        context.data(RenderSchema.TABLES).ifPresent(t -> {
            scope.put("table_count", t.size());
            List<String> names = new ArrayList<>();
            t.forEach(n -> names.add(n.asText()));
            scope.put("tables", String.join(", ", names));
        });
        context.data("migration")
                .ifPresent(m -> scope.put(
                        "migration",
                        Map.of(
                                "up",
                                m.path("up").asText(),
                                "down",
                                m.path("down").asText())));
        context.data(WriteMigrations.IRREVERSIBLE)
                .map(JsonNode::asText)
                .filter(s -> !s.isEmpty())
                .ifPresent(s -> scope.put("irreversible", s));
        context.data("handoff").map(JsonNode::asText).ifPresent(h -> scope.put("handoff", h));
        WriteOrmFiles.listed(context).ifPresent(files -> scope.put("orm_files", files));
        context.data(WriteSeed.FILE).map(JsonNode::asText).ifPresent(s -> scope.put("seed", s));
        context.data(ApplyMigrations.RESULT).map(JsonNode::asText).ifPresent(s -> scope.put("applied", s));
        Set<String> files = new TreeSet<>(context.artifacts());
        files.add(REPORT);
        scope.put("files", List.copyOf(files));
        scope.put("next_steps", nextSteps);
        return scope;
    }

    /** Free-text answers can span lines; a table cell cannot. */
    private static String oneLine(String value) {
        String v = value.replace("\n", "; ").replace("|", "\\|");
        return v.length() > 200 ? v.substring(0, 200) + "…" : v;
    }
}
