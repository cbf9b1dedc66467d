package dev.kei.dbchange;

import dev.kei.change.Change;
import dev.kei.change.ChangeException;
import dev.kei.change.LiveSchema;
import dev.kei.change.Names;
import dev.kei.change.Step;
import dev.kei.change.StepFiles;
import dev.kei.change.Verification;
import dev.kei.engine.Generator;
import dev.kei.engine.GeneratorContext;
import dev.kei.orm.OrmFileSets;
import dev.kei.orm.OrmFiles;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code write-change}: verifies the steps (lint against the current schema's sizes; up, down, up on a throwaway
 * PostgreSQL holding it), then writes the migration pairs, the docs/migrations record and db/schema.sql and
 * db/schema.md as the change leaves the schema. Nothing is written when the verification fails. The files are named
 * from the run's clock, so the same answers and clock give the same bytes.
 */
final class WriteChange implements Generator {
    /** The ORMs whose model files follow a change, when the project uses them. */
    private static final List<OrmFiles> ORMS = OrmFileSets.all();

    @Override
    public String name() {
        return "write-change";
    }

    @Override
    public void run(GeneratorContext context) throws GeneratorException, IOException {
        if (Answer.KEEP_DATA.chosen(context)) {
            return; // the person kept the data: nothing is written
        }
        LiveSchema schema = ChangeInputs.schema(context);
        List<Change> changes = ChangeInputs.changes(context, schema);
        List<Step> steps = ChangeInputs.steps(changes, schema);
        LocalDateTime clock = LocalDateTime.ofInstant(context.clock(), ZoneOffset.UTC);
        Verification.Result verified;
        try {
            verified = Verification.run(schema, changes, steps, clock);
        } catch (ChangeException e) {
            throw new GeneratorException(e.getMessage());
        }
        List<OrmFilesAfterChange.OrmFile> models = OrmFilesAfterChange.plan(context, verified.after(), steps, ORMS);
        Map<String, String> files = StepFiles.of(clock, steps);
        for (Map.Entry<String, String> f : files.entrySet()) {
            context.write("migrations/" + f.getKey(), f.getValue());
        }
        String first = files.keySet().iterator().next();
        String name = first.substring(0, first.length() - ".sql".length());
        String date = context.clock().toString().substring(0, 10);
        String title = Names.joined(steps.get(0).slug());
        context.write(
                "docs/migrations/" + name + ".md",
                ChangeRecord.markdown(title, date, changes, schema, steps, files, verified.checks()));
        context.update("db/schema.sql", SchemaFiles.sql(verified.after(), title, date));
        context.update("db/schema.md", SchemaFiles.markdown(verified.after(), title, date));
        List<String> orm = OrmFilesAfterChange.write(context, models);
        boolean contract = steps.stream().anyMatch(s -> s.contract() != null);
        context.nextSteps(
                "Review migrations/ (" + steps.size() + " pair(s)) and docs/migrations/" + name + ".md, then:\n"
                        + "  kei-migrate --database-url \"$DATABASE_URL\" --dir migrations lint\n"
                        + "  kei-migrate --database-url \"$DATABASE_URL\" --dir migrations up\n"
                        + (orm.isEmpty() ? "" : "ORM files:\n" + String.join("\n", orm) + "\n")
                        + (contract
                                ? "  # after the application has moved to the new shape:\n"
                                        + "  kei-migrate --database-url \"$DATABASE_URL\" --dir migrations up --contract\n"
                                : ""));
    }
}
