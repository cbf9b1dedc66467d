package dev.kei.dbschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.sql.DownRenderer;
import dev.kei.sql.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 4c: the first migration pair (seed 000, 4b-4d). The up file is {@code db/schema.sql} verbatim under the
 * two-line header; the down file drops every table in reverse dependency order, and for the tables flagged
 * IRREVERSIBLE aborts instead, before anything is dropped.
 */
public final class WriteMigrations implements Generator {
    static final String IRREVERSIBLE = "irreversible";

    @Override
    public String name() {
        return "write-migrations";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        JsonNode migration =
                context.data("migration").orElseThrow(() -> new GeneratorException("plan-migrations has not run"));
        Stack stack = Drafts.stack(context);
        Schema schema = Drafts.schema(context, stack);
        Set<String> irreversible = irreversible(context);
        String body = Files.readString(context.out().resolve(RenderSchema.SCHEMA_SQL));
        String date = context.clock().toString().substring(0, 10);
        String header = "-- kei-migrate: " + PlanMigrations.NAME + " (generated " + date + ")\n"
                + "-- See db/schema.sql for the schema SSoT.\n";
        context.write(migration.path("up").asText(), header + body);
        context.write(
                migration.path("down").asText(),
                new DownRenderer().render(schema, stack.database().dialect(), irreversible, PlanMigrations.NAME));
        context.putData(IRREVERSIBLE, String.join(", ", irreversible));
    }

    /** The IRREVERSIBLE answer as table names: chosen labels, or the free-text list; "None" means none. */
    static Set<String> irreversible(GeneratorContext context) {
        Set<String> tables = new LinkedHashSet<>();
        for (String value : context.values("IRREVERSIBLE")) {
            for (String name : value.split(", ")) {
                if (!Choice.IRREVERSIBLE_NONE.is(name) && !name.isBlank()) {
                    tables.add(name.strip());
                }
            }
        }
        return tables;
    }
}
